package com.axys.golive.runner;

import java.util.List;

/** How many scenarios ran and how they ended; {@code failures} holds each failed scenario with its redacted message. */
public record RunSummary(long passed, long failed, long skipped, List<ScenarioFailure> failures) {

    public RunSummary {
        failures = List.copyOf(failures);
    }

    public long total() {
        return passed + failed + skipped;
    }

    public boolean success() {
        return failed == 0 && total() > 0;
    }
}
