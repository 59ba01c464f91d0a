package com.axys.golive.launch;

import java.util.List;
import java.util.Objects;

/**
 * One of the runbook's eight Phase 3 tests, as its pass-criteria table names it.
 *
 * @param number        1-8, the runbook's numbering
 * @param checklistId   {@code P3.0<number>}, the id scenarios carry as {@code @checklist:<id>}
 * @param name          the table's "Test" column ({@code Auth test}); test 7 has no row there and gets one
 * @param passCriteria  the table's "Pass criteria" column, as the checklist resource holds it
 * @param runbookNote   the table's "Notes" column, or empty
 * @param prerequisites the tests whose outcome this one builds on (test 5 needs test 4's approved cardholder)
 * @param automated     whether a scenario proves it; test 7 is manual on launch day
 */
public record VerificationTest(int number, String checklistId, String name, String passCriteria, String runbookNote,
                               List<Integer> prerequisites, boolean automated) {

    public VerificationTest {
        if (number < 1 || number > 8) {
            throw new IllegalArgumentException("Phase 3 has tests 1-8, got " + number);
        }
        if (!checklistId.equals(String.format("P3.%02d", number))) {
            throw new IllegalArgumentException("test " + number + " is checklist item P3.0" + number + ", not "
                    + checklistId);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passCriteria, "passCriteria");
        runbookNote = runbookNote == null ? "" : runbookNote;
        prerequisites = List.copyOf(prerequisites);
    }

    /** The tag its scenarios carry: {@code @checklist:P3.05}. */
    public String tag() {
        return "@checklist:" + checklistId;
    }
}
