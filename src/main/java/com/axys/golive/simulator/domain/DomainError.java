package com.axys.golive.simulator.domain;

import java.util.List;
import java.util.Objects;

/** A refused operation: what kind of refusal, a human message, and (for validation) every broken field rule. */
public record DomainError(ErrorKind kind, String message, List<FieldError> fieldErrors) {

    public DomainError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainError malformed(String message) {
        return new DomainError(ErrorKind.MALFORMED_REQUEST, message, List.of());
    }

    public static DomainError notFound(String message) {
        return new DomainError(ErrorKind.NOT_FOUND, message, List.of());
    }

    public static DomainError invalidState(String message) {
        return new DomainError(ErrorKind.INVALID_STATE, message, List.of());
    }

    public static DomainError validation(List<FieldError> fieldErrors) {
        return new DomainError(ErrorKind.VALIDATION_FAILED, "request validation failed: " + fieldErrors.size()
                + " field(s) break a rule", fieldErrors);
    }

    public static DomainError validation(String field, String rule) {
        return validation(List.of(new FieldError(field, rule)));
    }
}
