package com.axys.golive.steps;

import com.axys.golive.ledger.StateNames;
import java.util.function.Predicate;

/** The documented cardholder status model, by the names the docs use. */
public enum CardholderStatus {
    PENDING(0),
    APPROVED(1),
    COMPLIANCE_DECLINE(2),
    UNDER_REVIEW(3),
    DRAFT(4),
    DELETED(5),
    ERROR(6),
    ADMIN_DECLINE(7);

    private final int code;
    private final String label;

    CardholderStatus(int code) {
        this.code = code;
        this.label = StateNames.of("cardholder", "status", code).orElseThrow(); // the documented name, defined once
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether the compliance review ends here: Approved, or one of the three declines (2, 6, 7). */
    public boolean endsReview() {
        return this == APPROVED || this == COMPLIANCE_DECLINE || this == ERROR || this == ADMIN_DECLINE;
    }

    /**
     * When a poll waiting for {@code expected} may stop: on {@code expected}, or on any other review outcome, which
     * will not change by waiting (a decline is not waited out to the deadline).
     */
    static Predicate<CardholderStatus> reachedOrReviewEnded(CardholderStatus expected) {
        return seen -> seen == expected || seen.endsReview();
    }

    /** What the sandbox testing guide says to do next in this state, for a message; empty when it is no decline. */
    String declinePath() {
        return switch (this) {
            case COMPLIANCE_DECLINE -> "the documented path is a replacement KYC link and a re-submission";
            case ERROR -> "the documented path is a support ticket, and no re-submission before it";
            case ADMIN_DECLINE -> "the documented path is a support ticket, never a re-submission";
            default -> "";
        };
    }

    /**
     * The description of a poll for {@code expected} that ended at {@code last}: where it landed and what to do
     * when that is another review outcome, or how long it waited.
     */
    static String pollResult(String persona, CardholderStatus expected, CardholderStatus last, int probes,
                             java.time.Duration waited) {
        if (last != expected && last != null && last.endsReview()) {
            return String.format("%s landed in %s while the poll waited for %s, so it stopped after %s over %s; %s",
                    persona, last, expected, probes == 1 ? "1 poll" : probes + " polls", waited, last.declinePath());
        }
        return String.format("%s reached %s after %d polls over %s (last seen %s)", persona, expected, probes, waited,
                last);
    }

    public static CardholderStatus named(String label) {
        return Labels.named(values(), CardholderStatus::label, label, "cardholder status");
    }

    public static CardholderStatus of(int code) {
        return Labels.coded(values(), CardholderStatus::code, code, "cardholder status");
    }

    @Override
    public String toString() {
        return label + " (" + code + ")";
    }
}
