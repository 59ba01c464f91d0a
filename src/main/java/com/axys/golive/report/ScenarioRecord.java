package com.axys.golive.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of {@code scenarios.jsonl}: how one scenario ended.
 *
 * @param line    its line number in the file, from 1
 * @param status  Cucumber's status in lower case: passed, failed, skipped, pending, undefined, ambiguous, unused;
 *                or pending-on-target (a wait the run's budget cut short)
 * @param failure   the redacted failure message, or null
 * @param continues the earlier run whose entities this scenario adopted ({@code --continue}), or null
 */
record ScenarioRecord(int line, String name, String feature, List<String> checklist, String status, long durationMs,
                      String failure, String continues) {

    ScenarioRecord(int line, String name, String feature, List<String> checklist, String status, long durationMs,
                   String failure) {
        this(line, name, feature, checklist, status, durationMs, failure, null);
    }

    private static final Set<String> FAILING = Set.of("failed", "pending", "undefined", "ambiguous");

    ScenarioRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        feature = feature == null ? "" : feature;
        checklist = List.copyOf(checklist);
    }

    boolean passed() {
        return status.equals("passed");
    }

    /** Waited for an outcome the target had not produced when the run's wait budget ran out. */
    boolean pendingOnTarget() {
        return status.equals("pending-on-target");
    }

    /** Failed, or could not run as written (pending, undefined or ambiguous steps): either way not proven. */
    boolean failed() {
        return FAILING.contains(status);
    }
}
