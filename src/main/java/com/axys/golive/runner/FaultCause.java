package com.axys.golive.runner;

import java.util.List;

/**
 * The cause a failed scenario names when its calls met passing faults (429, 5xx, a gateway page, a call with no
 * answer): under chaos or a flaky target the assertion alone ("expected 200 but was 504") does not say that the
 * target, not the integration, broke the scenario.
 */
final class FaultCause {

    private FaultCause() {
    }

    /** "" when none; else " [met 2 passing faults on the target; the last: POST /cardholders -> 504 (call #12); ...]". */
    static String of(List<String> faults) {
        if (faults.isEmpty()) {
            return "";
        }
        return " [met " + faults.size() + " passing fault" + (faults.size() == 1 ? "" : "s") + " on the target; the"
                + " last: " + faults.get(faults.size() - 1) + "; each is in errors.jsonl]";
    }
}
