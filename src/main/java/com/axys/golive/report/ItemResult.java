package com.axys.golive.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The verdict on one checklist item in one run. */
enum ItemResult {
    /** At least one scenario carries the item and every one of them passed. */
    PASSED("passed"),
    /** At least one scenario of the item failed (or had pending, undefined or ambiguous steps). */
    FAILED("failed"),
    /** Some scenarios passed, none failed, others were skipped: not fully proven. */
    INCOMPLETE("incomplete"),
    /** The harness covers the item, but no scenario of it ran (or every one was skipped). */
    NOT_RUN("not run"),
    /** The harness cannot prove it: a person signs it off. */
    MANUAL("manual"),
    /** Conditional on a Program feature this Program does not have. */
    NOT_APPLICABLE("not applicable");

    private final String label;

    ItemResult(String label) {
        this.label = label;
    }

    @JsonValue
    String label() {
        return label;
    }

    /** The result of an automated (or partly automated) item that applies, from its scenarios. */
    static ItemResult of(List<ScenarioRecord> scenarios) {
        if (scenarios.stream().anyMatch(ScenarioRecord::failed)) {
            return FAILED;
        }
        long passed = scenarios.stream().filter(ScenarioRecord::passed).count();
        if (passed == 0) {
            return NOT_RUN;
        }
        return passed == scenarios.size() ? PASSED : INCOMPLETE;
    }
}
