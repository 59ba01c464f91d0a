package com.axys.golive.redaction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP call exactly as it crossed the wire: NOT redacted. It lives only inside the capture step; anything that
 * writes (evidence, logs, reports) receives the {@code RedactedExchange} the redaction policy makes from it.
 *
 * @param status   the HTTP status, or -1 when no response arrived ({@code failure} says why)
 * @param failure  the exception that ended the call (class and message), or null
 */
public record CapturedExchange(long seq, Instant startedAt, long durationMillis, String method, String url,
                               String path, String query, Map<String, List<String>> requestHeaders,
                               String requestBody, int status, Map<String, List<String>> responseHeaders,
                               String responseBody, String failure, boolean negativeTest) {

    public CapturedExchange {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        requestHeaders = Map.copyOf(requestHeaders);
        responseHeaders = Map.copyOf(responseHeaders);
        requestBody = requestBody == null ? "" : requestBody;
        responseBody = responseBody == null ? "" : responseBody;
    }

    public boolean answered() {
        return status >= 0;
    }

    /** First value of a response header, case-insensitive, or null. */
    public String responseHeader(String name) {
        return responseHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    /** First value of a request header, case-insensitive, or null. */
    public String requestHeader(String name) {
        return requestHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "CapturedExchange[#" + seq + " " + method + " " + path + " -> " + status + "]";
    }
}
