package com.axys.golive.runner;

import java.util.List;

/** How many scenarios ran and how they ended; {@code failures} holds one redacted line per failed scenario. */
public record RunSummary(long passed, long failed, long skipped, List<String> failures) {

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
