package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.checklist.Checklist;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CoverageMatrixTest {

    private static final String CARDHOLDER = "{\"status\":\"success\",\"cardholderId\":10001}";

    @TempDir
    Path root;

    private List<CoverageRow> rows;

    @BeforeEach
    void runSomeScenarios() {
        try (BundleFixture fixture = BundleFixture.open(root)) {
            ScenarioContext created = BundleFixture.scenario("Jordan is created", "P1.INT.01");
            fixture.call(created, "GET", "/cardholders/999", 404,
                    "{\"status\":\"error\",\"message\":\"no cardholder\",\"code\":\"NOT_FOUND\"}");
            fixture.ended(created, "passed", null);
            ScenarioContext polledOk = BundleFixture.scenario("Polling sees approval", "P1.INT.03");
            fixture.ended(polledOk, "passed", null);
            ScenarioContext polledBad = BundleFixture.scenario("Polling gives up in time", "P1.INT.03");
            fixture.ended(polledBad, "failed", "expected status 1 but was 3");
            ScenarioContext partly = BundleFixture.scenario("Block then unblock", "P1.INT.09");
            fixture.ended(partly, "passed", null);
            ScenarioContext skipped = BundleFixture.scenario("Unblock a lost card", "P1.INT.09");
            fixture.ended(skipped, "skipped", null);
            ScenarioContext physical = BundleFixture.scenario("A physical card is assigned", "P1.INT.05");
            fixture.ended(physical, "passed", null);
            rows = matrix(fixture.bundle(), BundleFixture.simulatorFacts()).rows(Checklist.load());
        }
    }

    private static CoverageMatrix matrix(Bundle bundle, RunFacts facts) {
        return new CoverageMatrix(bundle, facts.programFeatures(), RunTarget.of(facts));
    }

    private CoverageRow row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryChecklistItemOfAllFourPhasesInRunbookOrder() {
        assertThat(rows).hasSize(Checklist.load().items().size());
        assertThat(rows).extracting(CoverageRow::id)
                .containsExactlyElementsOf(Checklist.load().items().stream().map(i -> i.id()).toList());
        assertThat(rows).extracting(CoverageRow::phase).contains(1, 2, 3, 4);
    }

    @Test
    void anItemWhoseScenariosAllPassedIsPassedWithItsCallsAndErrorsAsEvidence() {
        CoverageRow row = row("P1.INT.01");
        assertThat(row.result()).isEqualTo(ItemResult.PASSED);
        assertThat(row.scenarios()).extracting(ScenarioRun::name, ScenarioRun::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jordan is created", "passed"));
        assertThat(row.evidence().calls()).containsExactly(1L);
        assertThat(row.evidence().errorLines()).containsExactly(1);
        assertThat(row.signOff()).isNull();
    }

    @Test
    void oneFailedScenarioFailsTheItem() {
        assertThat(row("P1.INT.03").result()).isEqualTo(ItemResult.FAILED);
        assertThat(row("P1.INT.03").scenarios()).hasSize(2);
    }

    @Test
    void passedNextToSkippedIsIncompleteNotPassed() {
        assertThat(row("P1.INT.09").result()).isEqualTo(ItemResult.INCOMPLETE);
    }

    /**
     * On a real target the 403, 429 and 5xx scenarios of P1.ERR.01 are left out ({@code @simulator-only}): the
     * ones that ran all passed, yet the item is incomplete, and the left-out parts are listed with the reason.
     */
    @Test
    void anItemWithScenariosLeftOutOfTheRunIsIncompleteAndNamesWhatDidNotRunAndWhy(@TempDir Path other) {
        try (BundleFixture fixture = BundleFixture.open(other)) {
            ScenarioContext notFound = BundleFixture.scenario("A missing cardholder is refused", "P1.ERR.01");
            fixture.ended(notFound, "passed", null);
            Bundle ran = fixture.bundle();
            Bundle bundle = new Bundle(ran.calls(), ran.scenarios(), ran.transitions(), ran.errors(),
                    List.of(new Bundle.LeftOut("A 503 is retried", "features/errors/transient-failures.feature",
                            List.of("P1.ERR.01"), "only the simulator can produce this case (@simulator-only)")));
            CoverageRow row = matrix(bundle, BundleFixture.simulatorFacts()).row(Checklist.load().items().stream()
                    .filter(i -> i.id().equals("P1.ERR.01")).findFirst().orElseThrow());
            assertThat(row.result()).isEqualTo(ItemResult.INCOMPLETE);
            assertThat(row.provenOn().simulator()).isFalse();
            assertThat(row.scenarios()).extracting(ScenarioRun::status).containsExactly("passed",
                    "not run: only the simulator can produce this case (@simulator-only)");
        }
    }

    /**
     * Test 8 at WARN (the purchase ran, no transaction showed yet) must not read as a passed P3.08 in coverage, though
     * every scenario of it passed; a FAIL fails the item. Before the table was read, coverage said "passed" here.
     */
    @Test
    void aPhase3TestTheTableLeftAtWarnIsIncompleteInCoverageAndAFailFailsIt(@TempDir Path other) throws Exception {
        try (BundleFixture fixture = BundleFixture.open(other)) {
            fixture.ended(BundleFixture.scenario("A small purchase shows up", "P3.08"), "passed", null);
            fixture.ended(BundleFixture.scenario("A card is issued", "P3.04"), "passed", null);
            fixture.ended(BundleFixture.scenario("The balance is read", "P3.03"), "passed", null);
            java.nio.file.Files.writeString(fixture.dir().resolve(Phase3Table.FILE), """
                    {"runId":"r","tests":[
                     {"test":8,"checklistId":"P3.08","result":"WARN","notes":"no transaction yet"},
                     {"test":4,"checklistId":"P3.04","result":"FAIL","notes":"card stayed inactive"},
                     {"test":3,"checklistId":"P3.03","result":"PASS","notes":""}]}""");
            Bundle bundle = fixture.bundle();
            Phase3Table table = Phase3Table.read(fixture.dir());
            CoverageMatrix withTable = new CoverageMatrix(bundle, BundleFixture.simulatorFacts().programFeatures(),
                    RunTarget.of(BundleFixture.simulatorFacts()), table, PreflightInCoverage.NONE);

            assertThat(matrix(bundle, BundleFixture.simulatorFacts()).row(item("P3.08")).result())
                    .isEqualTo(ItemResult.PASSED);
            CoverageRow eight = withTable.row(item("P3.08"));
            assertThat(eight.result()).isEqualTo(ItemResult.INCOMPLETE);
            assertThat(eight.provenOn().simulator()).isFalse();
            assertThat(eight.scenarios()).extracting(ScenarioRun::status)
                    .containsExactly("passed", "WARN: no transaction yet");
            assertThat(withTable.row(item("P3.04")).result()).isEqualTo(ItemResult.FAILED);
            assertThat(withTable.row(item("P3.03")).result()).isEqualTo(ItemResult.PASSED);
        }
    }

    @Test
    void theTableFileIsTheOneVerifyProductionWrites() {
        assertThat(Phase3Table.FILE).isEqualTo(com.axys.golive.launch.VerificationTableText.JSON_FILE);
    }

    private static com.axys.golive.checklist.ChecklistItem item(String id) {
        return Checklist.load().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** A scenario whose wait the run's budget cut short leaves its item pending, not passed and not failed. */
    @Test
    void aScenarioPendingOnTheTargetLeavesItsItemPending(@TempDir Path other) {
        try (BundleFixture fixture = BundleFixture.open(other)) {
            fixture.ended(BundleFixture.scenario("Polling sees approval", "P1.INT.03"), "passed", null);
            fixture.ended(BundleFixture.scenario("Polling sees a decline", "P1.INT.03"), "pending-on-target",
                    "pending on the target: Riley's KYC review (cardholderId=10046)");
            CoverageRow row = matrix(fixture.bundle(), BundleFixture.simulatorFacts()).row(Checklist.load().items()
                    .stream().filter(i -> i.id().equals("P1.INT.03")).findFirst().orElseThrow());
            assertThat(row.result()).isEqualTo(ItemResult.PENDING);
            assertThat(ScenarioTally.of(fixture.bundle().scenarios()).verdict()).isEqualTo("PENDING ON TARGET");
        }
    }

    @Test
    void anAutomatedItemWithoutAnyScenarioIsNotRun() {
        assertThat(row("P1.INT.04").result()).isEqualTo(ItemResult.NOT_RUN);
        assertThat(row("P1.INT.04").evidence().isEmpty()).isTrue();
    }

    @Test
    void aManualItemIsManualWithABlankSignOffToFillIn() {
        CoverageRow row = row("P2.CERT.01");
        assertThat(row.result()).isEqualTo(ItemResult.MANUAL);
        assertThat(row.automation()).isEqualTo("manual");
        assertThat(row.signOff()).isEqualTo(new SignOff("", "", ""));
    }

    @Test
    void aPartlyAutomatedItemAlsoGetsASignOff() {
        assertThat(row("P1.SEC.01").automation()).isEqualTo("partly");
        assertThat(row("P1.SEC.01").signOff()).isEqualTo(SignOff.BLANK);
    }

    @Test
    void anItemForAFeatureTheProgramLacksIsNotApplicableEvenWhenAScenarioRan() {
        CoverageRow row = row("P1.INT.05");
        assertThat(row.applicability()).isEqualTo("physical");
        assertThat(row.applies()).isFalse();
        assertThat(row.result()).isEqualTo(ItemResult.NOT_APPLICABLE);
        assertThat(row.signOff()).isNull();
        assertThat(row("P1.INT.12").applies()).isTrue();
    }

    @Test
    void aSimulatorRunProvesItemsOnTheSimulatorOnly() {
        assertThat(row("P1.INT.01").provenOn()).isEqualTo(new ProvenOn(true, false));
        assertThat(row("P1.INT.03").provenOn()).isEqualTo(new ProvenOn(false, false));
        assertThat(RunTarget.of(BundleFixture.simulatorFacts()).statement())
                .startsWith("Proven on the simulator only — run against staging for the evidence pack.");
    }

    @Test
    void aStagingRunProvesItemsOnStaging() {
        RunFacts staging = BundleFixture.facts(false, "staging", Set.of("3ds", "bank"));
        List<CoverageRow> stagingRows;
        try (BundleFixture fixture = BundleFixture.open(root.resolve("staging"))) {
            ScenarioContext created = BundleFixture.scenario("Jordan is created", "P1.INT.01");
            fixture.call(created, "POST", "/cardholders", null, 200, BundleFixture.JSON, CARDHOLDER);
            fixture.ended(created, "passed", null);
            stagingRows = matrix(fixture.bundle(), staging).rows(Checklist.load());
        }
        assertThat(stagingRows.get(0).provenOn()).isEqualTo(new ProvenOn(false, true));
        assertThat(RunTarget.of(staging).statement()).startsWith("Proven on Axys staging");
    }
}
