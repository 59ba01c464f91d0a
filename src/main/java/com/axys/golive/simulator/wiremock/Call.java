package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.Fields;
import java.util.Map;

/**
 * A routed request: its integer path ids by name ({@code {cardId}}), its other path parameters as text
 * ({@code {token}}), its query parameters and its JSON body members.
 */
record Call(Map<String, Long> ids, Map<String, String> texts, Fields query, Fields body) {

    Call {
        ids = Map.copyOf(ids);
        texts = Map.copyOf(texts);
    }

    Call(Map<String, Long> ids, Fields query, Fields body) {
        this(ids, Map.of(), query, body);
    }

    long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("route has no path id {" + name + "}");
        }
        return id;
    }

    String text(String name) {
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalStateException("route has no text path parameter {" + name + "}");
        }
        return text;
    }
}
