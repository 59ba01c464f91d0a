package com.axys.golive.simulator.domain;

import java.util.Objects;

/** One field that breaks one rule, e.g. {@code firstName} / {@code length 2-50}. */
public record FieldError(String field, String rule) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }
}
