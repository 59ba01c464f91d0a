package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.DomainError;
import com.axys.golive.simulator.domain.FieldError;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The error envelope {@code {"status":"error","message":..,"code":..}} (422 adds {@code errors:[{field,rule}]}),
 * with the statuses and machine codes of docs/api-decisions.md.
 */
final class ErrorEnvelopes {

    static final String NO_AUTHORISED_IPS = "No Authorised IPs configured";
    static final int RETRY_AFTER_SECONDS = 1;

    private ErrorEnvelopes() {
    }

    static ApiResponse of(DomainError error) {
        int status = switch (error.kind()) {
            case MALFORMED_REQUEST -> 400;
            case NOT_FOUND -> 404;
            case INVALID_STATE -> 409;
            case VALIDATION_FAILED -> 422;
        };
        return envelope(status, error.message(), error.fieldErrors());
    }

    static ApiResponse malformed(String message) {
        return of(DomainError.malformed(message));
    }

    static ApiResponse unknownRoute(String method, String path) {
        return envelope(404, "no operation " + method + " " + path + " in the simulated Axys API v2", List.of());
    }

    static ApiResponse unauthorized(String message) {
        return envelope(401, message, List.of());
    }

    /** An injected failure with {@code status}: the documented 403 text, and {@code Retry-After} on 429. */
    static ApiResponse injected(int status, String operationId) {
        String message = switch (status) {
            case 403 -> NO_AUTHORISED_IPS;
            case 429 -> "rate limit exceeded; retry after " + RETRY_AFTER_SECONDS + " s";
            case 503 -> "service temporarily unavailable";
            default -> "simulated failure of " + operationId + " (HTTP " + status + ")";
        };
        ApiResponse response = envelope(status, message, List.of());
        return status == 429 ? response.withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)) : response;
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "NO_AUTHORISED_IPS";
            case 404 -> "NOT_FOUND";
            case 409 -> "INVALID_STATE";
            case 422 -> "VALIDATION_FAILED";
            case 429 -> "RATE_LIMITED";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "SIMULATED_FAILURE";
        };
    }

    private static ApiResponse envelope(int status, String message, List<FieldError> fieldErrors) {
        ObjectNode body = Json.object();
        body.put("status", "error");
        body.put("message", message);
        body.put("code", code(status));
        if (status == 422) {
            ArrayNode errors = body.putArray("errors");
            fieldErrors.forEach(error -> errors.addObject().put("field", error.field()).put("rule", error.rule()));
        }
        return ApiResponse.json(status, body);
    }
}
