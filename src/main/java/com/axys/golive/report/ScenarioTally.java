package com.axys.golive.report;

import java.util.List;

/**
 * The run's verdict on its scenarios: how many passed, failed (including pending, undefined or ambiguous steps),
 * were pending on the target (a wait the run's budget cut short) or were skipped, and the failed ones with their
 * redacted messages.
 */
record ScenarioTally(long passed, long failed, long pending, long skipped, List<ScenarioRecord> failures) {

    ScenarioTally {
        failures = List.copyOf(failures);
    }

    static ScenarioTally of(List<ScenarioRecord> scenarios) {
        long passed = scenarios.stream().filter(ScenarioRecord::passed).count();
        long pending = scenarios.stream().filter(ScenarioRecord::pendingOnTarget).count();
        List<ScenarioRecord> failures = scenarios.stream().filter(ScenarioRecord::failed).toList();
        return new ScenarioTally(passed, failures.size(), pending,
                scenarios.size() - passed - pending - failures.size(), failures);
    }

    long total() {
        return passed + failed + pending + skipped;
    }

    /** The counts in words: "61 scenarios: 22 passed, 0 failed, 39 pending on the target, 0 skipped". */
    String counts() {
        return total() + " scenarios: " + passed + " passed, " + failed + " failed, "
                + (pending == 0 ? "" : pending + " pending on the target, ") + skipped + " skipped";
    }

    /** PASSED (none failed or pending, at least one passed), FAILED, PENDING ON TARGET, or NOTHING PASSED. */
    String verdict() {
        if (failed > 0) {
            return "FAILED";
        }
        if (pending > 0) {
            return "PENDING ON TARGET";
        }
        return passed > 0 ? "PASSED" : "NOTHING PASSED";
    }
}
