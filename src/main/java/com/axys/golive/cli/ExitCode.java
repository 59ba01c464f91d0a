package com.axys.golive.cli;

import com.axys.golive.HarnessException;

/** The exit codes every command uses; scripts and CI rely on them. */
public enum ExitCode {
    /** Everything ran and passed. */
    PASS(0),
    /** At least one scenario or check failed. */
    FAILURES(1),
    /** Bad flags, unknown target, malformed config, missing file, no scenario matched. */
    USAGE(2),
    /** TLS, certificate, key, network or preflight failure. */
    CONNECTIVITY(3),
    /** The evidence bundle is altered, incomplete where it must not be, or leaks a secret. */
    EVIDENCE(4),
    /**
     * Nothing failed, but the target had not produced some outcomes when the run's wait budget ran out (a KYC
     * review, a clearing): those scenarios are pending on the target, neither passed nor failed.
     */
    PENDING(5),
    /**
     * {@code go-no-go}: nothing is red, but warnings stand (GO WITH WARNINGS). Shares 5 with {@link #PENDING}: in
     * both, nothing failed and something is still open.
     */
    WARNINGS(5),
    /** A defect in the harness itself (please report it with the log). */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitCode of(HarnessException.Category category) {
        return switch (category) {
            case USAGE -> USAGE;
            case CONNECTIVITY -> CONNECTIVITY;
            case EVIDENCE -> EVIDENCE;
        };
    }
}
