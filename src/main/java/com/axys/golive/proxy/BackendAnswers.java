package com.axys.golive.proxy;

import com.axys.golive.evidence.EvidenceRun;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the backend is answered: the target's answer passed back as it came, or the proxy's own JSON error. */
final class BackendAnswers {

    private BackendAnswers() {
    }

    /** The target's status, headers (but hop-by-hop ones) and body; no body for HEAD, 204 and 304. */
    static void relay(HttpExchange exchange, String method, int status, Map<String, List<String>> headers,
                      byte[] body) throws IOException {
        headers.forEach((name, values) -> {
            if (!Forwarder.HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        boolean noBody = method.equals("HEAD") || status == 204 || status == 304 || body.length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    /** {@code {"code": ..., "message": ..., "source": "golive proxy"}} with {@code status}. */
    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] json = EvidenceRun.MAPPER.createObjectNode().put("code", code).put("message", message)
                .put("source", "golive proxy").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }
}
