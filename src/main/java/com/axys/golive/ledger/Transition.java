package com.axys.golive.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One observed change of one field of one entity. {@code from} is null for the first observation.
 *
 * @param allowed whether the documented state machine allows it ({@code true} for fields without one, e.g. balances)
 * @param rule    the rule that allowed or refused it, in words
 */
public record Transition(String entity, String id, String field, Long from, long to, Instant observedAt,
                         long callSeq, String scenario, boolean allowed, String rule) {

    public Transition {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(rule, "rule");
    }
}
