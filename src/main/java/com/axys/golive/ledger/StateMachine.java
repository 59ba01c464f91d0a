package com.axys.golive.ledger;

import java.util.Map;
import java.util.Set;

/**
 * The documented state machines (reference §6 and §7), as data: initial states and allowed moves per field.
 * Status 0 (Pending) may appear during any cardholder transition, so moves into or out of 0 are allowed.
 */
public enum StateMachine {

    CARDHOLDER_STATUS("cardholder", "status", Set.of(4L, 0L), Map.of(
            4L, Set.of(3L, 5L, 0L),
            3L, Set.of(1L, 2L, 6L, 7L, 0L),
            2L, Set.of(3L, 5L, 0L),
            6L, Set.of(3L, 0L),
            7L, Set.of(3L, 5L, 0L),
            1L, Set.of(5L, 0L),
            0L, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L))),
    CARD_ISSUER_STATUS("card", "issuerCardStatus", Set.of(0L, 1L, 4L), Map.of(
            0L, Set.of(1L, 4L),
            4L, Set.of(1L),
            1L, Set.of(2L, 3L),
            2L, Set.of(1L, 3L))),
    CARD_STATUS("card", "cardStatus", Set.of(0L, 1L), Map.of(
            0L, Set.of(1L, 2L)));

    private final String entity;
    private final String field;
    private final Set<Long> initial;
    private final Map<Long, Set<Long>> moves;

    StateMachine(String entity, String field, Set<Long> initial, Map<Long, Set<Long>> moves) {
        this.entity = entity;
        this.field = field;
        this.initial = initial;
        this.moves = moves;
    }

    public String entity() {
        return entity;
    }

    public String field() {
        return field;
    }

    /** Whether the machine allows {@code from → to}; a null {@code from} is a first sighting. */
    public boolean allows(Long from, long to) {
        if (from == null) {
            return true;
        }
        return moves.getOrDefault(from, Set.of()).contains(to);
    }

    /** The rule in words, for the record. */
    public String explain(Long from, long to) {
        if (from == null) {
            return initial.contains(to) ? "first sighting in a documented initial state"
                    : "first sighting (earlier states were not observed)";
        }
        return allows(from, to) ? "documented: " + from + " -> " + to
                : "UNDOCUMENTED: " + field + " " + from + " -> " + to + " is not in the documented state machine"
                        + " (allowed from " + from + ": " + moves.getOrDefault(from, Set.of()) + ")";
    }
}
