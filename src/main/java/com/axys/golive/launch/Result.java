package com.axys.golive.launch;

/** A test's result in the pass-criteria table. */
public enum Result {
    /** The pass criterion was met by a scenario in this run. */
    PASS,
    /** A scenario failed, or could not run because a test it builds on did not pass. */
    FAIL,
    /** A person does or checks it (test 7; test 8 when it did not run). */
    MANUAL,
    /** It ran and passed, but could not show all the runbook asks (test 8 before any transaction exists). */
    WARN,
    /**
     * The target has not produced the outcome yet: test 4's compliance review was still running when the wait ended
     * (and the tests after it wait on it). Neither passed nor failed: {@code verify-production --continue RUN} goes
     * on with the same test cardholder.
     */
    PENDING
}
