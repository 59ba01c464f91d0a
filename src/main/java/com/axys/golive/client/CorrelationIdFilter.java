package com.axys.golive.client;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Gives every request its own correlation ids, so that Axys can find each call of an evidence pack in its own logs:
 * {@code X-Request-Id} (a random UUID) and a W3C {@code traceparent} ({@code 00-<trace id>-<span id>-01}). Both are
 * captured with the request, and a request id the target answers with is captured with the response. A caller's own
 * value is kept.
 */
final class CorrelationIdFilter implements OrderedFilter {

    static final String REQUEST_ID = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";

    private final SecureRandom random = new SecureRandom();

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 20; // before OmitApiKeyFilter and the capture, so the evidence shows them
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        if (!request.getHeaders().hasHeaderWithName(REQUEST_ID)) {
            request.header(REQUEST_ID, UUID.randomUUID().toString());
        }
        if (!request.getHeaders().hasHeaderWithName(TRACEPARENT)) {
            request.header(TRACEPARENT, "00-" + hex(16) + "-" + hex(8) + "-01");
        }
        return ctx.next(request, response);
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        b[0] |= 1; // W3C: an all-zero trace or span id is invalid
        return HexFormat.of().formatHex(b);
    }
}
