package com.axys.golive.simulator.wiremock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One JSON response: status, extra headers (Content-Type is always {@code application/json}) and body; or, when
 * {@code connectionReset}, no answer at all (the connection is reset instead).
 */
public record ApiResponse(int status, Map<String, String> headers, ObjectNode body, boolean connectionReset) {

    public ApiResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public ApiResponse(int status, Map<String, String> headers, ObjectNode body) {
        this(status, headers, body, false);
    }

    /** No answer: the connection is reset after the request was read. */
    static ApiResponse reset() {
        return new ApiResponse(0, Map.of(), Json.object(), true);
    }

    static ApiResponse json(int status, ObjectNode body) {
        return new ApiResponse(status, Map.of(), body);
    }

    ApiResponse withStatus(int newStatus) {
        return new ApiResponse(newStatus, headers, body);
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, more, body);
    }
}
