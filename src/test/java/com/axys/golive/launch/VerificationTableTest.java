package com.axys.golive.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class VerificationTableTest {

    private static final VerificationFacts FACTS = new VerificationFacts(10532L, "verify.didit.example",
            "review ended in Approved (1) after 6 polls over 14 min", 8821L, List.of("evm", "bitcoin"), null);

    @Test
    void aCompleteRunPassesWithTestSevenManualAndTestEightWarnedWithoutATransaction() {
        VerificationTable table = judge(outcomes(1, 2, 3, 4, 5, 6, 8), FACTS);

        assertThat(table.rows()).extracting(VerificationRow::result).containsExactly(Result.PASS, Result.PASS,
                Result.PASS, Result.PASS, Result.PASS, Result.PASS, Result.MANUAL, Result.WARN);
        assertThat(table.row(1).notes()).isEqualTo("Confirms cert + key + IP allowlist + FCrDNS all working");
        assertThat(table.row(2).notes()).isEqualTo("cardholderId 10532 for cleanup");
        assertThat(table.row(3).notes()).contains("host verify.didit.example").contains("status 3");
        assertThat(table.row(4).notes()).startsWith("Use a real identity document — staging approvals don't transfer")
                .contains("6 polls");
        assertThat(table.row(5).notes()).isEqualTo("cardId 8821; cryptoAddresses: evm, bitcoin");
        assertThat(table.row(6).notes()).startsWith("Verify this is restricted/audited in your systems");
        assertThat(table.row(7).notes()).startsWith("Only if a funded test card is available");
        assertThat(table.row(8).notes()).startsWith("no transaction yet").contains("cardId 8821");
        assertThat(table.tally()).isEqualTo("6 PASS, 0 FAIL, 1 MANUAL, 1 WARN");
        assertThat(table.verdict()).startsWith("NOT GO YET: no test failed, but test 8 at WARN")
                .contains("test 7 MANUAL").doesNotContain("GO: every");
        assertThat(VerificationTableText.markdown(table)).contains("Verdict: NOT GO YET");
    }

    @Test
    void aFailedTestIsANoGoAndOnlyAllPassReadsAsGo() {
        List<ScenarioOutcome> outcomes = new ArrayList<>(outcomes(1, 2, 3));
        outcomes.add(outcome(4, "failed", "review timed out"));
        assertThat(judge(outcomes, FACTS).verdict()).startsWith("NO-GO: test 4, 5, 6, 8 failed");
    }

    @Test
    void aReviewStillRunningIsPendingNotFailedAndTheTestsWaitingOnItArePendingToo() {
        List<ScenarioOutcome> outcomes = new ArrayList<>(outcomes(1, 2, 3));
        outcomes.add(outcome(4, "pending-on-target", "pending on the target: the compliance review of test"
                + " cardholder 10532"));
        outcomes.add(outcome(5, "pending-on-target", "pending on the target: test 4's compliance review"));
        VerificationTable table = judge(outcomes, FACTS);
        assertThat(table.rows()).extracting(VerificationRow::result).containsExactly(Result.PASS, Result.PASS,
                Result.PASS, Result.PENDING, Result.PENDING, Result.PENDING, Result.MANUAL, Result.PENDING);
        assertThat(table.row(6).notes()).isEqualTo("not run yet: test 5 is pending");
        assertThat(table.tally()).isEqualTo("3 PASS, 0 FAIL, 1 MANUAL, 0 WARN, 4 PENDING");
        assertThat(table.verdict()).startsWith("NOT GO YET: test 4, 5, 6, 8 pending on the target")
                .endsWith("--continue run");
    }

    @Test
    void aContinuingRunTakesTheTestsItDidNotRepeatFromTheRunItContinuesAndNamesIt() {
        List<ScenarioOutcome> earlier = new ArrayList<>(outcomes(1, 2, 3));
        earlier.add(outcome(4, "pending-on-target", "pending on the target: the compliance review"));
        ContinuedVerification continued = new ContinuedVerification("run-1", earlier,
                List.of(new CreatedEntity(CreatedEntity.Kind.CARDHOLDER, 10532, "Test 2")));
        VerificationTable table = VerificationTable.judge("run-2", "production",
                "https://production.api.axyscards.com/v2", false, false, outcomes(1, 4, 5, 6, 8), FACTS,
                List.of(new CreatedEntity(CreatedEntity.Kind.CARD, 8821, "Test 5")), continued);
        assertThat(table.rows()).extracting(VerificationRow::result).containsExactly(Result.PASS, Result.PASS,
                Result.PASS, Result.PASS, Result.PASS, Result.PASS, Result.MANUAL, Result.WARN);
        assertThat(table.row(2).notes()).isEqualTo("in run run-1, which this run continues; cardholderId 10532 for"
                + " cleanup");
        assertThat(table.row(4).notes()).doesNotContain("in run run-1");
        assertThat(table.continues()).isEqualTo("run-1");
        assertThat(table.created()).extracting(CreatedEntity::label).containsExactly("cardholderId 10532",
                "cardId 8821");
        assertThat(VerificationTableText.markdown(table)).contains("Continues run run-1");
        assertThat(VerificationTableText.json(table)).contains("\"continues\" : \"run-1\"");
    }

    @Test
    void aListedTransactionPassesTestEight() {
        VerificationFacts withTransaction = new VerificationFacts(10532L, "h", "r", 8821L, List.of(), 1);
        assertThat(judge(outcomes(1, 2, 3, 4, 5, 6, 8), withTransaction).row(8).result()).isEqualTo(Result.PASS);
    }

    @Test
    void testEightThatDidNotRunIsLeftToAPerson() {
        VerificationRow eight = judge(outcomes(1, 2, 3, 4, 5, 6), FACTS).row(8);
        assertThat(eight.result()).isEqualTo(Result.MANUAL);
        assertThat(eight.notes()).contains("GET /cards/transactions?cardId=8821");
    }

    @Test
    void aFailedReviewFailsTestFourAndTheTestsBuiltOnItAreNotRun() {
        List<ScenarioOutcome> outcomes = new ArrayList<>(outcomes(1, 2, 3));
        outcomes.add(outcome(4, "failed", "[the compliance review of cardholderId 10532 ended within the deadline]"
                + " expected true\nmore"));
        outcomes.add(outcome(5, "skipped", "needs Vera approved; found Under Review (3), so test 4 did not pass"));
        VerificationTable table = judge(outcomes, FACTS);

        assertThat(table.row(4).result()).isEqualTo(Result.FAIL);
        assertThat(table.row(4).notes()).startsWith("[the compliance review").doesNotContain("more")
                .endsWith("staging approvals don't transfer");
        assertThat(table.row(5).result()).isEqualTo(Result.FAIL);
        assertThat(table.row(5).notes()).startsWith("not run; needs Vera approved");
        assertThat(table.row(6).result()).isEqualTo(Result.FAIL);
        assertThat(table.row(6).notes()).isEqualTo("not run: test 5 did not pass");
        assertThat(table.row(8).notes()).isEqualTo("not run: test 5 did not pass");
        assertThat(table.row(7).result()).isEqualTo(Result.MANUAL);
    }

    @Test
    void aFailedAuthTestLeavesEveryLaterAutomatedTestNotRun() {
        VerificationTable table = judge(List.of(outcome(1, "failed", "HTTP status expected 200 but was 403")),
                VerificationFacts.none());
        assertThat(table.row(1).result()).isEqualTo(Result.FAIL);
        assertThat(table.rows()).extracting(VerificationRow::result).containsExactly(Result.FAIL, Result.FAIL,
                Result.FAIL, Result.FAIL, Result.FAIL, Result.FAIL, Result.MANUAL, Result.FAIL);
    }

    @Test
    void aMissingScenarioIsAFailureNotASilentPass() {
        VerificationTable table = judge(outcomes(1, 2, 4, 5, 6), FACTS);
        assertThat(table.row(3).result()).isEqualTo(Result.FAIL);
        assertThat(table.row(3).notes()).contains("no scenario tagged @checklist:P3.03 ran");
    }

    @Test
    void rendersTheRunbookColumnsAndTheCleanupList() {
        VerificationTable table = VerificationTable.judge("20261126T105500Z-production-3f9a1c", "production",
                "https://production.api.axyscards.com/v2", false, false, outcomes(1, 2, 3, 4, 5, 6), FACTS,
                List.of(new CreatedEntity(CreatedEntity.Kind.CARDHOLDER, 10532, "Test 2"),
                        new CreatedEntity(CreatedEntity.Kind.CARD, 8821, "Test 5")));
        String md = VerificationTableText.markdown(table);

        assertThat(md).doesNotContain("REHEARSAL").contains("target production https://production.api.axyscards.com");
        assertThat(md.lines().filter(l -> l.startsWith("| ")).findFirst().orElseThrow())
                .matches("\\| Test +\\| Pass criteria +\\| Result +\\| Notes +\\|");
        assertThat(md).containsPattern("\\| 1\\. Auth test +\\| 200 from GET /cardholders +\\| PASS +\\|")
                .containsPattern("\\| 7\\. Test transaction +\\| .+ \\| MANUAL +\\|");
        assertThat(md).contains("- cardholderId 10532 (last name Golive-Verification): no delete endpoint")
                .contains("- cardId 8821: close it by support ticket");
        assertThat(VerificationTableText.json(table)).contains("\"result\" : \"MANUAL\"")
                .contains("\"cardholderId\" : 10532").contains("\"rehearsal\" : false");
    }

    @Test
    void aRehearsalSaysSoAndHasNothingToCleanUpOnTheSimulator() {
        VerificationTable table = VerificationTable.judge("r", "simulator", "https://127.0.0.1:1/v2", true, true,
                outcomes(1), FACTS, List.of(new CreatedEntity(CreatedEntity.Kind.CARD, 1, "Test 5")));
        assertThat(VerificationTableText.markdown(table)).contains("**REHEARSAL against simulator, not production.**")
                .contains("- cardId 1: held by the embedded simulator");
    }

    private static VerificationTable judge(List<ScenarioOutcome> outcomes, VerificationFacts facts) {
        return VerificationTable.judge("run", "production", "https://production.api.axyscards.com/v2", false, false,
                outcomes, facts, List.of());
    }

    private static List<ScenarioOutcome> outcomes(int... passed) {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int n : passed) {
            outcomes.add(outcome(n, "passed", null));
        }
        return outcomes;
    }

    private static ScenarioOutcome outcome(int test, String status, String failure) {
        String id = "P3.0" + test;
        return new ScenarioOutcome("Test " + test, List.of("@production-safe", "@checklist:" + id), List.of(id),
                status, failure);
    }
}
