package com.axys.golive.ledger;

import java.util.Map;
import java.util.Set;

/**
 * The documented state machines (reference §6 and §7), as data: initial states and allowed moves per field.
 * A cardholder's status 0 (Pending) "can appear during any transition": it is a transit state, so a move into it is
 * always allowed and a move out of it is judged from the last resting state before it. 1 → 0 → 4 is the
 * undocumented 1 → 4, not two allowed moves.
 */
public enum StateMachine {

    CARDHOLDER_STATUS("cardholder", "status", Set.of(4L, 0L), 0L, Map.of(
            4L, Set.of(3L, 5L),
            3L, Set.of(1L, 2L, 6L, 7L),
            2L, Set.of(3L, 5L),
            6L, Set.of(3L),
            7L, Set.of(3L, 5L),
            1L, Set.of(5L))),
    CARD_ISSUER_STATUS("card", "issuerCardStatus", Set.of(0L, 1L, 4L), null, Map.of(
            0L, Set.of(1L, 4L),
            4L, Set.of(1L),
            1L, Set.of(2L, 3L),
            2L, Set.of(1L, 3L))),
    CARD_STATUS("card", "cardStatus", Set.of(0L, 1L), null, Map.of(
            0L, Set.of(1L, 2L)));

    private final String entity;
    private final String field;
    private final Set<Long> initial;
    private final Long transit;
    private final Map<Long, Set<Long>> moves;

    StateMachine(String entity, String field, Set<Long> initial, Long transit, Map<Long, Set<Long>> moves) {
        this.entity = entity;
        this.field = field;
        this.initial = initial;
        this.transit = transit;
        this.moves = moves;
    }

    /** Whether {@code state} is passed through rather than rested in (a cardholder's 0). */
    public boolean isTransit(long state) {
        return transit != null && transit == state;
    }

    public String entity() {
        return entity;
    }

    public String field() {
        return field;
    }

    /**
     * Whether the machine allows {@code from → to}, {@code from} being the last resting state (a null
     * {@code from} is a first sighting). Into the transit state is always allowed.
     */
    public boolean allows(Long from, long to) {
        if (from == null || isTransit(to) || (from == to)) {
            return true;
        }
        return moves.getOrDefault(from, Set.of()).contains(to);
    }

    /** The rule in words, for the record; {@code via} is the transit state seen in between, or null. */
    public String explain(Long from, long to, Long via) {
        String path = from + " -> " + (via == null ? "" : via + " -> ") + to;
        if (from == null) {
            return initial.contains(to) ? "first sighting in a documented initial state"
                    : "first sighting (earlier states were not observed)";
        }
        if (isTransit(to)) {
            return "documented: " + from + " -> " + to + " (" + to + " can appear during any transition)";
        }
        return allows(from, to) ? "documented: " + path
                : "UNDOCUMENTED: " + field + " " + path + " is not in the documented state machine"
                        + " (allowed from " + from + ": " + moves.getOrDefault(from, Set.of()) + ")";
    }
}
