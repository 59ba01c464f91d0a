package com.axys.golive.contract;

import java.util.List;
import java.util.Map;

/**
 * One request/response pair to validate, as seen on the wire (before redaction). {@code path} is relative to the
 * base URL ({@code /cardholders/10532}, no {@code /v2}); {@code query} is the raw query string or empty.
 */
public record ContractExchange(String method, String path, String query, Map<String, List<String>> requestHeaders,
                               String requestBody, int status, Map<String, List<String>> responseHeaders,
                               String responseBody, boolean validateRequest) {
}
