package com.axys.golive.contract;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one exchange. Immutable, so safe to share between threads.
 *
 * @param outcome      PASS (no violation), FAIL (at least one) or SKIPPED (no HTTP response to judge)
 * @param operationId  the contract operation, or null when no operation matched the call
 * @param pathTemplate e.g. {@code /cardholders/{cardholderId}}, or null when no operation matched
 * @param violations   one line each, naming operation, location, field and rule; empty unless FAIL
 */
public record ContractResult(Outcome outcome, String operationId, String pathTemplate, List<String> violations) {

    public enum Outcome { PASS, FAIL, SKIPPED }

    public ContractResult {
        Objects.requireNonNull(outcome, "outcome");
        violations = violations == null ? List.of() : List.copyOf(violations);
        if (outcome == Outcome.FAIL && violations.isEmpty()) {
            throw new IllegalArgumentException("a FAIL contract result needs at least one violation saying why");
        }
        if (outcome != Outcome.FAIL && !violations.isEmpty()) {
            throw new IllegalArgumentException("a " + outcome + " contract result cannot carry violations;"
                    + " use FAIL");
        }
    }

    public static ContractResult pass(String operationId, String pathTemplate) {
        return new ContractResult(Outcome.PASS, operationId, pathTemplate, List.of());
    }

    public static ContractResult fail(String operationId, String pathTemplate, List<String> violations) {
        return new ContractResult(Outcome.FAIL, operationId, pathTemplate, violations);
    }

    public static ContractResult skipped(String operationId, String pathTemplate) {
        return new ContractResult(Outcome.SKIPPED, operationId, pathTemplate, List.of());
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }

    /**
     * One short line for logs and reports, e.g. {@code PASS getCard /cards/{cardId}} or
     * {@code FAIL getCard /cards/{cardId}: 2 violations, first: getCard 200 response: missing required field 'cardId'}.
     */
    public String summary() {
        String subject = operationId == null ? "(no operation)" : operationId + " " + pathTemplate;
        return switch (outcome) {
            case PASS -> "PASS " + subject;
            case SKIPPED -> "SKIPPED " + subject + ": no HTTP response to validate";
            case FAIL -> "FAIL " + subject + ": " + (violations.size() == 1 ? violations.get(0)
                    : violations.size() + " violations, first: " + violations.get(0));
        };
    }
}
