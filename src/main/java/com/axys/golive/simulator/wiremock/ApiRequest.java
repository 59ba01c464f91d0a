package com.axys.golive.simulator.wiremock;

import java.util.Objects;

/**
 * One HTTP request as the adapter needs it, free of WireMock types so the dispatcher can be tested directly.
 *
 * @param url    path and query as sent, e.g. {@code /v2/cards?issuerCardStatus=1}
 * @param apiKey the {@code X-API-Key} header, {@code null} when absent
 * @param body   the body as text, empty when none
 */
public record ApiRequest(String method, String url, String apiKey, String body) {
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        body = body == null ? "" : body;
    }

    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + url + "]";
    }
}
