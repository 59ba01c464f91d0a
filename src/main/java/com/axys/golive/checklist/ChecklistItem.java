package com.axys.golive.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One item of the launch runbook.
 *
 * @param id            {@code P1.INT.01}-style, or {@code P3.01}-style for the eight Phase 3 tests
 * @param phase         1-4, the digit after the P of the id
 * @param section       the runbook's heading, e.g. {@code Integration completeness}
 * @param text          the runbook line verbatim, minus its bullet
 * @param automatable   the harness covers it at least partly (automation is not MANUAL)
 * @param applicability null when it always applies, else {@code physical}, {@code 3ds}, {@code bank} or
 *                      {@code wallets}: the runbook's conditional items, as the {@code @if:} tags name them
 * @param endpoints     the calls the item names, as the runbook writes them ({@code PUT /cardholders/{id}/kyc-submit})
 * @param operations    the contract operationIds the item exercises
 * @param automation    how much of it the harness does
 * @param how           one line on what the harness does; null for manual items
 * @param passCriterion Phase 3's pass criterion from the runbook's table, else null
 * @param note          Phase 3's note from the runbook's table, else null
 */
public record ChecklistItem(String id, int phase, String section, String text, boolean automatable,
                            String applicability, List<String> endpoints, List<String> operations,
                            Automation automation, String how, String passCriterion, String note) {

    /** Accepted ids: {@code P<phase>.<SECTION>.<nn>} or {@code P3.<nn>}. */
    public static final Pattern ID = Pattern.compile("^P[1-4]\\.[A-Z]+\\.\\d{2}$|^P3\\.\\d{2}$");
    /** The Program features the runbook makes items conditional on. */
    public static final Set<String> APPLICABILITIES = Set.of("physical", "3ds", "bank", "wallets");

    private static final Pattern ENDPOINT = Pattern.compile("^(GET|POST|PUT|DELETE|PATCH) /\\S*$");

    /** How much of an item the harness does. */
    public enum Automation {
        AUTOMATED, PARTLY, MANUAL;

        /** As written in the YAML: {@code automated}, {@code partly}, {@code manual}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChecklistItem {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' is malformed; use P<phase>.<SECTION>.<nn>"
                    + " (e.g. P1.INT.01) or P3.<nn>");
        }
        if (phase != id.charAt(1) - '0') {
            throw new IllegalArgumentException("phase " + phase + " contradicts id " + id + "; the digit after P is"
                    + " the phase");
        }
        requireText(section, "section");
        requireText(text, "text");
        Objects.requireNonNull(automation, "automation is missing; use automated, partly or manual");
        if (automatable != (automation != Automation.MANUAL)) {
            throw new IllegalArgumentException("automatable " + automatable + " contradicts automation "
                    + automation.label() + "; an item is automatable unless it is manual");
        }
        if (automation != Automation.MANUAL && (how == null || how.isBlank())) {
            throw new IllegalArgumentException("a " + automation.label() + " item needs a one-line 'how' saying what"
                    + " the harness does");
        }
        if (applicability != null && !APPLICABILITIES.contains(applicability)) {
            throw new IllegalArgumentException("applicability '" + applicability + "' is not one of "
                    + APPLICABILITIES + "; leave it null when the item always applies");
        }
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        operations = operations == null ? List.of() : List.copyOf(operations);
        for (String endpoint : endpoints) {
            if (!ENDPOINT.matcher(endpoint).matches()) {
                throw new IllegalArgumentException("endpoint '" + endpoint + "' is malformed; write METHOD /path,"
                        + " e.g. GET /cards/{cardId}");
            }
        }
        if (!endpoints.isEmpty() && operations.isEmpty()) {
            throw new IllegalArgumentException("endpoints " + endpoints + " name no contract operation; list their"
                    + " operationIds under 'operations'");
        }
    }

    /** True when the item applies to a Program with these features (an unconditional item always applies). */
    public boolean appliesTo(Set<String> programFeatures) {
        return applicability == null || programFeatures.contains(applicability);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank; copy it from the runbook");
        }
    }
}
