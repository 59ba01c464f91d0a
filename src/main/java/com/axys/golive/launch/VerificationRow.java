package com.axys.golive.launch;

import java.util.Objects;

/** One row of the pass-criteria table: the runbook's test and criterion, this run's result, and the notes. */
public record VerificationRow(VerificationTest test, Result result, String notes) {

    public VerificationRow {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(result, "result");
        notes = notes == null ? "" : notes;
    }
}
