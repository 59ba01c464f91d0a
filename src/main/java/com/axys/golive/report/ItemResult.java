package com.axys.golive.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The verdict on one checklist item in one run. */
enum ItemResult {
    /** At least one scenario carries the item and every one of them passed. */
    PASSED("passed"),
    /** At least one scenario of the item failed (or had pending, undefined or ambiguous steps). */
    FAILED("failed"),
    /**
     * None failed, but the target had not produced the outcome some scenario waited for when the run's wait budget
     * ran out: not proven yet.
     */
    PENDING("pending on target"),
    /**
     * Some scenarios passed, none failed, others were skipped or left out of this run (only the simulator can produce
     * them, they raise a ticket, --tags did not pick them): not fully proven here.
     */
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

    /** The result a report wrote as {@code label}; not run for a label no result has. */
    static ItemResult of(String label) {
        for (ItemResult r : values()) {
            if (r.label.equals(label)) {
                return r;
            }
        }
        return NOT_RUN;
    }

    /** The result of an automated (or partly automated) item that applies, from its scenarios. */
    static ItemResult of(List<ScenarioRecord> scenarios) {
        return of(scenarios, 0);
    }

    /**
     * The result from the scenarios that ran and the number of its scenarios the run left out ({@code leftOut}):
     * passed only when every scenario that proves the item on this target ran and passed.
     */
    static ItemResult of(List<ScenarioRecord> scenarios, int leftOut) {
        if (scenarios.stream().anyMatch(ScenarioRecord::failed)) {
            return FAILED;
        }
        if (scenarios.stream().anyMatch(ScenarioRecord::pendingOnTarget)) {
            return PENDING;
        }
        long passed = scenarios.stream().filter(ScenarioRecord::passed).count();
        if (passed == 0) {
            return NOT_RUN;
        }
        return passed == scenarios.size() && leftOut == 0 ? PASSED : INCOMPLETE;
    }
}
