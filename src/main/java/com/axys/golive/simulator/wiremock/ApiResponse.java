package com.axys.golive.simulator.wiremock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One JSON response: status, extra headers (Content-Type is always {@code application/json}) and body; or, when
 * {@code connectionReset}, no answer at all (the connection is reset instead). {@code delay} holds the answer back
 * that long (real time) before it is sent, so a client with a shorter read timeout gives up on it.
 */
public record ApiResponse(int status, Map<String, String> headers, ObjectNode body, boolean connectionReset,
                          Duration delay) {

    public ApiResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(delay, "delay");
    }

    public ApiResponse(int status, Map<String, String> headers, ObjectNode body) {
        this(status, headers, body, false, Duration.ZERO);
    }

    /** No answer: the connection is reset after the request was read. */
    static ApiResponse reset() {
        return new ApiResponse(0, Map.of(), Json.object(), true, Duration.ZERO);
    }

    /** This answer, sent only after {@code hold}. */
    ApiResponse heldFor(Duration hold) {
        return new ApiResponse(status, headers, body, connectionReset, hold);
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
