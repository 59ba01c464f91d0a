package com.axys.golive.launch;

import com.axys.golive.checklist.Checklist;
import com.axys.golive.checklist.ChecklistItem;
import java.util.List;
import java.util.Optional;

/**
 * The runbook's Phase 3 tests 1-8 in order. Test names and notes are the runbook's pass-criteria table, word for word;
 * pass criteria come from the checklist resource ({@code P3.01}-{@code P3.08}), so the table and the coverage report
 * cannot drift apart. Test 7 has no row in the runbook's table: its criterion is the runbook's own line.
 */
public final class VerificationPlan {

    private static final List<VerificationTest> TESTS = List.of(
            test(1, "Auth test", "Confirms cert + key + IP allowlist + FCrDNS all working", List.of(), true),
            test(2, "Cardholder creation", "", List.of(1), true),
            test(3, "Compliance submission", "", List.of(2), true),
            test(4, "Compliance approval", "Use a real identity document — staging approvals don't transfer",
                    List.of(3), true),
            test(5, "Card issuance", "", List.of(4), true),
            test(6, "Sensitive details", "Verify this is restricted/audited in your systems", List.of(5), true),
            test(7, "Test transaction", "Only if a funded test card is available", List.of(), false),
            test(8, "Transaction retrieval", "Confirms filters and pagination working", List.of(5), true));

    private VerificationPlan() {
    }

    public static List<VerificationTest> tests() {
        return TESTS;
    }

    public static VerificationTest test(int number) {
        return TESTS.get(number - 1);
    }

    /** The test a checklist id names ({@code P3.04}), if it is one of the eight. */
    public static Optional<VerificationTest> forChecklistId(String id) {
        return TESTS.stream().filter(t -> t.checklistId().equals(id)).findFirst();
    }

    private static VerificationTest test(int number, String name, String note, List<Integer> prerequisites,
                                         boolean automated) {
        String id = String.format("P3.%02d", number);
        ChecklistItem item = Checklist.load().find(id).orElseThrow(() -> new IllegalStateException(
                "the checklist resource has no item " + id + "; Phase 3 needs P3.01-P3.08"));
        String criteria = item.passCriterion() != null ? item.passCriterion() : item.text();
        return new VerificationTest(number, id, name, criteria, note, prerequisites, automated);
    }
}
