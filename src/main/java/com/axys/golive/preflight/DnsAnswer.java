package com.axys.golive.preflight;

import java.util.List;
import java.util.Objects;

/**
 * What DNS said about one name: the records found, that the name does not exist (NXDOMAIN) or has no record of the
 * type asked, or that no conclusive answer came (an error code, a timeout, no network).
 *
 * @param question the name or IP asked about, as the user knows it ({@code pay.example.com}, {@code 203.0.113.7})
 * @param type     {@code A} or {@code PTR}
 * @param values   addresses (A) or host names without the trailing dot (PTR); non-empty exactly when FOUND
 * @param reason   for FAILED, TIMED_OUT and UNREACHABLE: what happened, e.g. {@code SERVFAIL}
 */
record DnsAnswer(String question, String type, Outcome outcome, List<String> values, String reason) {

    enum Outcome { FOUND, NO_RECORD, NXDOMAIN, FAILED, TIMED_OUT, UNREACHABLE }

    DnsAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        values = List.copyOf(values);
        reason = reason == null ? "" : reason;
        if ((outcome == Outcome.FOUND) == values.isEmpty()) {
            throw new IllegalArgumentException("a " + outcome + " answer for " + question + " with values " + values);
        }
    }

    static DnsAnswer found(String question, String type, List<String> values) {
        return values.isEmpty() ? new DnsAnswer(question, type, Outcome.NO_RECORD, values, "")
                : new DnsAnswer(question, type, Outcome.FOUND, values, "");
    }

    static DnsAnswer nxdomain(String question, String type) {
        return new DnsAnswer(question, type, Outcome.NXDOMAIN, List.of(), "");
    }

    static DnsAnswer inconclusive(String question, String type, Outcome outcome, String reason) {
        return new DnsAnswer(question, type, outcome, List.of(), reason);
    }

    /** DNS answered for the name itself (records, no record, or no such name), not a failure to get an answer. */
    boolean conclusive() {
        return outcome == Outcome.FOUND || outcome == Outcome.NO_RECORD || outcome == Outcome.NXDOMAIN;
    }

    boolean contains(String value) {
        return values.contains(value);
    }

    /** e.g. {@code 203.0.113.7}, {@code no A record}, {@code NXDOMAIN (no such name)}, {@code no answer within 5 s}. */
    String describe() {
        return switch (outcome) {
            case FOUND -> String.join(", ", values);
            case NO_RECORD -> "no " + type + " record";
            case NXDOMAIN -> "NXDOMAIN (no such name)";
            case FAILED -> "DNS answered " + reason;
            case TIMED_OUT -> "no answer within " + reason;
            case UNREACHABLE -> "DNS unreachable (" + reason + ")";
        };
    }
}
