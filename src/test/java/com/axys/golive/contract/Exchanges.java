package com.axys.golive.contract;

import java.util.List;
import java.util.Map;

/** Test fixtures: exchanges as the HTTP client would hand them over. */
final class Exchanges {

    static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    private Exchanges() {
    }

    static ContractExchange response(String method, String path, int status, String body) {
        return new ContractExchange(method, path, "", JSON, null, status, JSON, body, false);
    }

    static ContractExchange withRequest(String method, String path, String requestBody, int status, String body) {
        return new ContractExchange(method, path, "", JSON, requestBody, status, JSON, body, true);
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
