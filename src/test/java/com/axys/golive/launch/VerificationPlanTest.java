package com.axys.golive.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.checklist.Checklist;
import java.util.List;
import org.junit.jupiter.api.Test;

final class VerificationPlanTest {

    @Test
    void holdsTheEightTestsInRunbookOrderWithTheChecklistCriteria() {
        List<VerificationTest> tests = VerificationPlan.tests();
        assertThat(tests).extracting(VerificationTest::checklistId).containsExactly("P3.01", "P3.02", "P3.03",
                "P3.04", "P3.05", "P3.06", "P3.07", "P3.08");
        assertThat(tests).extracting(VerificationTest::name).containsExactly("Auth test", "Cardholder creation",
                "Compliance submission", "Compliance approval", "Card issuance", "Sensitive details",
                "Test transaction", "Transaction retrieval");
        for (VerificationTest test : tests) {
            var item = Checklist.load().find(test.checklistId()).orElseThrow();
            if (item.passCriterion() != null) {
                assertThat(test.passCriteria()).as(test.checklistId()).isEqualTo(item.passCriterion());
            }
            if (item.note() != null && !test.runbookNote().isEmpty()) {
                assertThat(item.note()).as("checklist note of %s", test.checklistId()).startsWith(test.runbookNote());
            }
        }
    }

    @Test
    void onlyTestSevenIsManualAndEveryPrerequisiteComesEarlier() {
        assertThat(VerificationPlan.tests()).filteredOn(t -> !t.automated()).extracting(VerificationTest::number)
                .containsExactly(7);
        for (VerificationTest test : VerificationPlan.tests()) {
            assertThat(test.prerequisites()).allSatisfy(p -> assertThat(p).isLessThan(test.number()));
        }
    }

    @Test
    void findsATestByItsChecklistId() {
        assertThat(VerificationPlan.forChecklistId("P3.04")).hasValueSatisfying(t -> assertThat(t.number())
                .isEqualTo(4));
        assertThat(VerificationPlan.forChecklistId("P1.INT.01")).isEmpty();
    }
}
