package com.axys.golive.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request/response pair to validate, as seen on the wire (before redaction). {@code path} is relative to the
 * base URL ({@code /cardholders/10532}, no {@code /v2}); {@code query} is the raw query string or empty.
 *
 * <p>Normalised on construction: {@code method} upper case; a null query becomes {@code ""} and a leading
 * {@code ?} is dropped; null header maps become empty, null header names are dropped (some clients report the
 * status line under a null key). Bodies may be null (no body). {@code status} is 100-599, or 0 when no HTTP
 * response arrived (the validator then answers SKIPPED).
 *
 * <p>{@link #toString()} never prints header values or bodies: they carry the API key, PANs, PINs and OTPs.
 *
 * @param validateRequest also validate the request; false for negative tests that send invalid requests on purpose
 */
public record ContractExchange(String method, String path, String query, Map<String, List<String>> requestHeaders,
                               String requestBody, int status, Map<String, List<String>> responseHeaders,
                               String responseBody, boolean validateRequest) {

    public ContractExchange {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("exchange method is blank; give the HTTP method, e.g. GET");
        }
        method = method.strip().toUpperCase(Locale.ROOT);
        if (path == null || !path.startsWith("/") || path.contains("?")) {
            throw new IllegalArgumentException("exchange path '" + path + "' must start with '/', be relative to"
                    + " the base URL (e.g. /cardholders/10532) and carry no query string; pass the query separately");
        }
        query = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("exchange status " + status + " is not an HTTP status; use 100-599,"
                    + " or 0 when no response arrived");
        }
        requestHeaders = copy(requestHeaders);
        responseHeaders = copy(responseHeaders);
    }

    /** True when an HTTP response arrived (status is not 0). */
    public boolean hasResponse() {
        return status != 0;
    }

    @Override
    public String toString() {
        return "ContractExchange[" + method + " " + path + (query.isEmpty() ? "" : "?<query>") + " -> " + status
                + ", request headers " + requestHeaders.keySet() + ", request body " + size(requestBody)
                + ", response headers " + responseHeaders.keySet() + ", response body " + size(responseBody)
                + (validateRequest ? ", request validated" : "") + "]";
    }

    private static String size(String body) {
        return body == null ? "none" : body.length() + " chars";
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        if (headers == null) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (name != null) {
                copy.put(name, values == null ? List.of() : values.stream().filter(Objects::nonNull).toList());
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
