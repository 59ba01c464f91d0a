package com.axys.golive.simulator.wiremock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation: method, path template under {@code /v2} (e.g. {@code /cards/{cardId}/balance}), operationId, and
 * whether it reads a JSON body. A route that is documented but not simulated has no handler: it answers 404. A path
 * parameter named {@code ...Id} is an integer id (the docs' ids are integers; anything else is 400); any other, like
 * {@code {token}}, is text. A deprecated route is one the docs list as deprecated but still working (reference 8.30).
 */
record Route(String method, String template, String operationId, boolean readsBody, Handler handler,
             boolean deprecated) {

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(operationId, "operationId");
    }

    /** A route the docs do not list as deprecated. */
    Route(String method, String template, String operationId, boolean readsBody, Handler handler) {
        this(method, template, operationId, readsBody, handler, false);
    }

    /** Whether the path parameter {@code name} is an integer id ({@code cardId}) rather than text ({@code token}). */
    static boolean isId(String name) {
        return name.endsWith("Id");
    }

    boolean simulated() {
        return handler != null;
    }

    /** The raw path parameters when {@code method} and {@code path} fit this route. */
    Optional<Map<String, String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        List<String> expected = segments(template);
        List<String> actual = segments(path);
        if (expected.size() != actual.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            String part = expected.get(i);
            if (part.startsWith("{")) {
                parameters.put(part.substring(1, part.length() - 1), actual.get(i));
            } else if (!part.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /** How many literal segments the template has: the more, the more specific the route. */
    int literalSegments() {
        return (int) segments(template).stream().filter(part -> !part.startsWith("{")).count();
    }

    private static List<String> segments(String path) {
        return List.of(path.substring(1).split("/", -1));
    }
}
