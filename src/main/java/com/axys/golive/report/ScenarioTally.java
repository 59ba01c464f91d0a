package com.axys.golive.report;

import java.util.List;

/**
 * The run's verdict on its scenarios: how many passed, failed (including pending, undefined or ambiguous steps)
 * or were skipped, and the failed ones with their redacted messages.
 */
record ScenarioTally(long passed, long failed, long skipped, List<ScenarioRecord> failures) {

    ScenarioTally {
        failures = List.copyOf(failures);
    }

    static ScenarioTally of(List<ScenarioRecord> scenarios) {
        long passed = scenarios.stream().filter(ScenarioRecord::passed).count();
        List<ScenarioRecord> failures = scenarios.stream().filter(ScenarioRecord::failed).toList();
        return new ScenarioTally(passed, failures.size(), scenarios.size() - passed - failures.size(), failures);
    }

    long total() {
        return passed + failed + skipped;
    }

    /** PASSED (none failed, at least one passed), FAILED, or NOTHING PASSED. */
    String verdict() {
        if (failed > 0) {
            return "FAILED";
        }
        return passed > 0 ? "PASSED" : "NOTHING PASSED";
    }
}
