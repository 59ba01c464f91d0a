package com.axys.golive.ledger;

import java.util.Map;
import java.util.Optional;

/**
 * The documented names of the states the ledger records (reference §6 cardholder status, §7 card status, §8.14
 * transaction status), so a reader sees "3 Under Review", not "3". The wallet transfer's {@code transStatus} enum is
 * not documented ([?]): it has no names.
 */
public final class StateNames {

    private static final Map<String, Map<Long, String>> NAMES = Map.of(
            "cardholder.status", Map.of(0L, "Pending", 1L, "Approved", 2L, "Compliance Decline", 3L, "Under Review",
                    4L, "Draft", 5L, "Deleted", 6L, "Error", 7L, "Admin Decline"),
            "card.cardStatus", Map.of(0L, "Pending", 1L, "Approved", 2L, "Declined"),
            "card.issuerCardStatus", Map.of(0L, "Pending", 1L, "Active", 2L, "On Hold", 3L, "Closed",
                    4L, "Not Activated"),
            "transaction.status", Map.of(1L, "Pending", 2L, "Cleared", 3L, "Completion", 4L, "Declined",
                    5L, "Error"));

    /** Each field's states in the order of its documented lifecycle, for a reader: where it starts comes first. */
    private static final Map<String, java.util.List<Long>> LIFECYCLE = Map.of(
            "cardholder.status", java.util.List.of(4L, 0L, 3L, 1L, 2L, 6L, 7L, 5L),
            "card.cardStatus", java.util.List.of(0L, 1L, 2L),
            "card.issuerCardStatus", java.util.List.of(0L, 4L, 1L, 2L, 3L),
            "transaction.status", java.util.List.of(1L, 2L, 3L, 4L, 5L));

    private StateNames() {
    }

    /**
     * Orders states of {@code entity.field} as its documented lifecycle does (Draft, Under Review, Approved, …);
     * states the docs do not list come after, by code.
     */
    public static java.util.Comparator<Long> lifecycle(String entity, String field) {
        java.util.List<Long> order = LIFECYCLE.getOrDefault(entity + "." + field, java.util.List.of());
        return java.util.Comparator.<Long>comparingInt(code -> order.contains(code) ? order.indexOf(code)
                : order.size()).thenComparing(java.util.Comparator.naturalOrder());
    }

    /** The documented name of {@code code} for {@code entity.field}, if the docs name it. */
    public static Optional<String> of(String entity, String field, long code) {
        return Optional.ofNullable(NAMES.getOrDefault(entity + "." + field, Map.of()).get(code));
    }

    /** {@code 3 Under Review}, or the bare code when the docs give no name. */
    public static String label(String entity, String field, long code) {
        return of(entity, field, code).map(name -> code + " " + name).orElse(String.valueOf(code));
    }

    /** Whether {@code field} of {@code entity} holds a state (a status), rather than an amount such as a balance. */
    public static boolean isState(String entity, String field) {
        return NAMES.containsKey(entity + "." + field) || field.toLowerCase(java.util.Locale.ROOT).endsWith("status");
    }
}
