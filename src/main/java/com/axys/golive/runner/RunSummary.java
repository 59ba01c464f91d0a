package com.axys.golive.runner;

import java.util.List;

/**
 * How many scenarios ran and how they ended; {@code failures} holds each failed scenario with its redacted message,
 * {@code pending} the scenarios whose outcome the target had not produced when the run's wait budget ran out.
 */
public record RunSummary(long passed, long failed, long pending, long skipped, List<ScenarioFailure> failures) {

    public RunSummary {
        failures = List.copyOf(failures);
    }

    public long total() {
        return passed + failed + pending + skipped;
    }

    public boolean success() {
        return failed == 0 && pending == 0 && total() > 0;
    }
}
