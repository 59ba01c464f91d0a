package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.Fields;
import java.util.Map;

/** A routed request: its integer path ids by name, its query parameters and its JSON body members. */
record Call(Map<String, Long> ids, Fields query, Fields body) {

    Call {
        ids = Map.copyOf(ids);
    }

    long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("route has no path parameter {" + name + "}");
        }
        return id;
    }
}
