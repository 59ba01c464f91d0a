package com.axys.golive.report;

import java.util.Objects;

/**
 * One line of {@code transitions.jsonl}: an observed state change of one entity field.
 *
 * @param line    its line number in the file, from 1
 * @param from    the previous value, or null for the first sighting
 * @param allowed whether the documented state machine allows it; false marks an undocumented transition
 */
record TransitionRecord(int line, String entity, String id, String field, Long from, long to, String observedAt,
                        long callSeq, String scenario, boolean allowed, String rule) {

    TransitionRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
        id = id == null ? "" : id;
        scenario = scenario == null ? "" : scenario;
        rule = rule == null ? "" : rule;
        observedAt = observedAt == null ? "" : observedAt;
    }
}
