package com.axys.golive.launch;

import java.util.List;
import java.util.Objects;

/**
 * How one scenario ended, as the bundle's {@code scenarios.jsonl} records it.
 *
 * @param status  Cucumber's status in lower case: passed, failed, skipped, pending, undefined, ambiguous
 * @param failure the redacted failure (or skip) message, or null
 */
public record ScenarioOutcome(String name, List<String> tags, List<String> checklistIds, String status,
                              String failure) {

    public ScenarioOutcome {
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
        checklistIds = List.copyOf(checklistIds);
        Objects.requireNonNull(status, "status");
    }

    public boolean passed() {
        return status.equals("passed");
    }

    /** Skipped: a step aborted it (its prerequisite did not hold), so it proved nothing either way. */
    public boolean skipped() {
        return status.equals("skipped");
    }

    /** Pending on the target: a wait ran out before the target produced the outcome (test 4's review). */
    public boolean pendingOnTarget() {
        return status.equals(com.axys.golive.run.PendingOnTarget.STATUS);
    }

    /** The first line of the failure message, at most {@code max} characters; empty when there is none. */
    public String firstLineOfFailure(int max) {
        if (failure == null || failure.isBlank()) {
            return "";
        }
        String line = failure.strip().lines().findFirst().orElse("").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
