package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractCatalog;
import com.axys.golive.contract.InferredFact;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DriftAnalysisTest {

    private static final String BALANCE = "{\"status\":\"success\",\"cardId\":8821,\"ledgerBalance\":100,"
            + "\"availableBalance\":90}";
    private static final String BALANCE_WITH_TEXT_ID = "{\"status\":\"success\",\"cardId\":\"8821\","
            + "\"ledgerBalance\":100,\"availableBalance\":90}";

    @TempDir
    Path root;

    private List<DriftVerdict> verdicts;
    private List<OutsideContract> outside;
    private long good;
    private long bad;
    private long notFound;
    private long created;
    private long limited;

    @BeforeEach
    void recordCalls() {
        try (BundleFixture fixture = BundleFixture.open(root)) {
            ScenarioContext s = BundleFixture.scenario("Balance is polled", "P1.INT.07");
            good = fixture.call(s, "GET", "/cards/8821/balance", 200, BALANCE);
            bad = fixture.call(s, "GET", "/cards/8821/balance", 200, BALANCE_WITH_TEXT_ID);
            notFound = fixture.call(s, "GET", "/cardholders/999", 404,
                    "{\"status\":\"error\",\"message\":\"no cardholder\",\"code\":\"NOT_FOUND\"}");
            created = fixture.call(s, "GET", "/cards/transactions?limit=5", 201, "{\"status\":\"success\"}");
            limited = fixture.call(s, "GET", "/cards/8821", null, 429, BundleFixture.JSON,
                    "{\"status\":\"error\",\"message\":\"slow down\",\"code\":\"RATE_LIMITED\"}");
            DriftAnalysis analysis = new DriftAnalysis(fixture.bundle().calls());
            verdicts = analysis.verdicts(ContractCatalog.fromClasspath().inferredFacts());
            outside = analysis.outsideContract();
        }
    }

    private DriftVerdict verdict(String factId) {
        return verdicts.stream().filter(v -> v.factId().equals(factId)).findFirst().orElseThrow();
    }

    @Test
    void judgesEveryInferredFactOfTheContract() {
        assertThat(verdicts).extracting(DriftVerdict::factId).containsExactlyElementsOf(
                ContractCatalog.fromClasspath().inferredFacts().stream().map(InferredFact::id).toList());
    }

    @Test
    void anInferredSuccessStatusTheTargetAnsweredIsConfirmedByThoseCalls() {
        DriftVerdict v = verdict("getCardBalance.status.200");
        assertThat(v.verdict()).isEqualTo(FactStatus.CONFIRMED);
        assertThat(v.calls()).containsExactly(good, bad);
        assertThat(v.reason()).isEqualTo("answered 200 in 2 calls");
    }

    @Test
    void anInferredFieldPresentAndNeverFaultedIsConfirmedEvenBesideAnotherFieldsViolation() {
        DriftVerdict v = verdict("getCardBalance.response.200.status");
        assertThat(v.verdict()).isEqualTo(FactStatus.CONFIRMED);
        assertThat(v.calls()).containsExactly(good, bad);
    }

    @Test
    void aViolationOnTheFactsFieldContradictsItAndNamesTheCall() {
        DriftVerdict v = verdict("getCardBalance.response.200.cardId");
        assertThat(v.verdict()).isEqualTo(FactStatus.CONTRADICTED);
        assertThat(v.calls()).containsExactly(bad);
        assertThat(v.violations()).singleElement().asString()
                .startsWith("getCardBalance 200 response: cardId: expected integer");
        assertThat(v.reason()).startsWith("call #" + bad + ": getCardBalance 200 response: cardId");
    }

    @Test
    void anUnlistedSuccessStatusContradictsTheInferredOneAndIsListedOutsideTheContract() {
        DriftVerdict v = verdict("listCardTransactions.status.200");
        assertThat(v.verdict()).isEqualTo(FactStatus.CONTRADICTED);
        assertThat(v.calls()).containsExactly(created);
        assertThat(outside).extracting(OutsideContract::seq, OutsideContract::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(created, 201));
    }

    @Test
    void aContractWideFactIsConfirmedByAnyOperationsAnswer() {
        DriftVerdict v = verdict("*.response.404.code");
        assertThat(v.verdict()).isEqualTo(FactStatus.CONFIRMED);
        assertThat(v.calls()).containsExactly(notFound);
    }

    @Test
    void aMissingRequiredHeaderContradictsTheInferredHeader() {
        DriftVerdict v = verdict("*.response.429.header.Retry-After");
        assertThat(v.verdict()).isEqualTo(FactStatus.CONTRADICTED);
        assertThat(v.calls()).containsExactly(limited);
        assertThat(verdict("*.response.429.code").verdict()).isEqualTo(FactStatus.CONFIRMED);
    }

    @Test
    void aFactOfAnOperationNotCalledIsNotExercisedAndSaysSo() {
        DriftVerdict v = verdict("getCardDetails.status.200");
        assertThat(v.verdict()).isEqualTo(FactStatus.NOT_EXERCISED);
        assertThat(v.called()).isFalse();
        assertThat(v.reason()).isEqualTo("getCardDetails was not called in this run");
        assertThat(v.calls()).isEmpty();
    }

    @Test
    void aCalledOperationThatNeverShowedThePointLeavesItNotExercised() {
        DriftVerdict v = verdict("getCardBalance.status.404");
        assertThat(v.verdict()).isEqualTo(FactStatus.NOT_EXERCISED);
        assertThat(v.called()).isTrue();
        assertThat(v.reason()).isEqualTo("called 2 times, but no call answered 404");
    }
    @Test
    void flagsTheAssumedFormatsAndCreateRulesWhenStagingAnswersOtherwise() {
        List<DriftVerdict> staging;
        long unixCreated;
        long isoCreated;
        long withoutLastName;
        long longCode;
        try (BundleFixture fixture = BundleFixture.open(root.resolve("staging"))) {
            ScenarioContext s = BundleFixture.scenario("Jordan is onboarded", "P1.INT.01");
            unixCreated = fixture.call(s, "GET", "/cardholders/10532", 200, "{\"status\":\"success\",\"cardholder\":"
                    + "{\"cardholderId\":10532,\"status\":4,\"firstName\":\"Jordan\",\"lastName\":\"Lee\","
                    + "\"dateCreated\":\"1720000000\"}}");
            isoCreated = fixture.call(s, "GET", "/cardholders/10533", 200, "{\"status\":\"success\",\"cardholder\":"
                    + "{\"cardholderId\":10533,\"status\":4,\"firstName\":\"Jordan\",\"lastName\":\"Lee\","
                    + "\"dateCreated\":\"2026-11-26T10:00:00Z\"}}");
            withoutLastName = fixture.call(s, "POST", "/cardholders", "{\"firstName\":\"Jordan\","
                    + "\"emailAdr\":\"jordan@example.com\",\"gender\":0,\"nationality\":\"American\","
                    + "\"placeOfBirth\":\"USA\",\"dob\":\"1990-01-01\",\"adrLine1\":\"1 Main St\","
                    + "\"city\":\"Austin\",\"country\":\"US\",\"callingCode\":\"1\",\"cellNum\":\"5125550100\"}",
                    200, BundleFixture.JSON, "{\"status\":\"success\",\"cardholderId\":10534}");
            longCode = fixture.call(s, "GET", "/otp/otp_tok_9f8e7d6c5b4a", 200,
                    "{\"status\":\"received\",\"code\":\"12345678\",\"expiresAt\":1720000000}");
            staging = new DriftAnalysis(fixture.bundle().calls()).verdicts(ContractCatalog.fromClasspath()
                    .inferredFacts());
        }
        java.util.function.Function<String, DriftVerdict> verdict = id -> staging.stream()
                .filter(v -> v.factId().equals(id)).findFirst().orElseThrow();

        DriftVerdict created = verdict.apply("getCardholder.response.200.cardholder.dateCreated");
        assertThat(created.verdict()).isEqualTo(FactStatus.CONTRADICTED);
        assertThat(created.calls()).containsExactly(unixCreated).doesNotContain(isoCreated);
        assertThat(created.violations()).singleElement().asString().contains("cardholder.dateCreated");
        DriftVerdict required = verdict.apply("createCardholder.request.CardholderCreateRequest");
        assertThat(required.verdict()).isEqualTo(FactStatus.CONTRADICTED);
        assertThat(required.calls()).containsExactly(withoutLastName);
        assertThat(required.violations()).singleElement().asString().contains("lastName");
        assertThat(verdict.apply("createCardholder.request.dob").verdict()).isEqualTo(FactStatus.CONFIRMED);
        DriftVerdict code = verdict.apply("getOtp.response.200.code");
        assertThat(code.verdict()).isEqualTo(FactStatus.CONTRADICTED);
        assertThat(code.calls()).containsExactly(longCode);
    }
}
