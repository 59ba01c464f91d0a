package com.axys.golive.simulator;

import com.axys.golive.testing.Onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.simulator.TestClient.Reply;
import com.axys.golive.simulator.wiremock.LostAnswer;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control surface, observed through the HTTPS API it changes. */
final class LiveSimulatorControlTest {

    @TempDir
    static java.nio.file.Path dir;
    private static RunningSimulator sim;
    private static TestClient client;
    private static SimulatorControl control;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(dir);
        client = sim.client;
        control = sim.control();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        control.reset();
    }

    @Test
    void aFieldOverrideChangesOrRemovesAResponseFieldUntilCleared() {
        long id = sim.createCardholder();
        control.overrideResponseField("getCardholder", "/cardholder/status", TextNode.valueOf("approved"));
        control.overrideResponseField("getCardholder", "/cardholder/firstName", null);
        Reply drifted = client.get("/cardholders/" + id);
        assertThat(drifted.body().path("cardholder").path("status").asText()).isEqualTo("approved");
        assertThat(drifted.body().path("cardholder").has("firstName")).isFalse();

        control.clearOverrides();
        assertThat(sim.cardholderStatus(id)).isEqualTo(4);
    }

    @Test
    void countsEveryRequestThatReachesItWhateverTheAnswerAndKeepsTheCountOnReset() {
        long before = control.requestsReceived();
        client.get("/cardholders");
        client.get("/no-such-route");
        control.failNext("listCardholders", 1, 503);
        client.get("/cardholders");
        control.reset();

        assertThat(control.requestsReceived()).isEqualTo(before + 3);
    }

    @Test
    void aStatusOverrideChangesOnlyTheHttpStatus() {
        control.overrideStatus("createCardholder", 201);
        Reply reply = client.post("/cardholders", Onboarding.jordan());
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().path("cardholderId").asLong()).isPositive();
    }

    @Test
    void failNextInjectsRateLimitsWithRetryAfterThenRecovers() {
        control.failNext("listCardholders", 2, 429);
        Reply first = client.get("/cardholders");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("1");
        assertThat(first.body().path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(client.get("/cardholders").status()).isEqualTo(429);
        assertThat(client.get("/cardholders").status()).isEqualTo(200);
    }

    @Test
    void anInjectedFailureChangesNoData() {
        control.failNext("createCardholder", 1, 503);
        Reply failed = client.post("/cardholders", Onboarding.jordan());
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.body().path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(client.get("/cardholders").body().path("total").asInt()).isZero();
    }

    @Test
    void anInjected403CarriesTheDocumentedMessage() {
        control.failNext("getCard", 1, 403);
        Reply reply = client.get("/cards/1");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body().path("message").asText()).isEqualTo("No Authorised IPs configured");
        assertThat(reply.body().path("code").asText()).isEqualTo("NO_AUTHORISED_IPS");
    }

    @Test
    void unknownOperationIdsAndBadArgumentsAreRefused() {
        assertThatThrownBy(() -> control.failNext("deleteEverything", 1, 500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("createCardholder");
        assertThatThrownBy(() -> control.overrideStatus("getCard", 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.forceKycOutcome(1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.forceKycOutcome(999_999, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999999");
    }

    @Test
    void forcedErrorAndAdminDeclineShowAfterTheReviewDelay() {
        long error = sim.createCardholder();
        long admin = sim.createCardholder();
        client.put("/cardholders/" + error + "/kyc-submit", null);
        client.put("/cardholders/" + admin + "/kyc-submit", null);
        control.forceKycOutcome(error, 6);
        control.forceKycOutcome(admin, 7);
        assertThat(sim.cardholderStatus(error)).isEqualTo(3);
        sim.advance(Duration.ofSeconds(90));
        assertThat(sim.cardholderStatus(error)).isEqualTo(6);
        assertThat(sim.cardholderStatus(admin)).isEqualTo(7);
    }

    @Test
    void aZeroReviewDelayShowsTheOutcomeAtOnce() {
        control.setReviewDelay(Duration.ZERO);
        long id = sim.createCardholder();
        client.put("/cardholders/" + id + "/kyc-submit", null);
        client.post("/staging/kyc/validate", Map.of("cardholderId", id, "result", "pass"));
        assertThat(sim.cardholderStatus(id)).isEqualTo(1);
    }

    @Test
    void resetEmptiesTheProgramRestartsIdsAndRestoresTheProfile() {
        long first = sim.createCardholder();
        control.setSumsubEnabled(true);
        control.setThreeDsEnabled(false);
        control.overrideStatus("listCardholders", 500);
        control.reset();
        assertThat(client.get("/cardholders").body().path("total").asInt()).isZero();
        assertThat(sim.createCardholder()).isEqualTo(first);
        assertThat(control.program()).isEqualTo(ProgramProfile.defaults());
    }

    @Test
    void listsTheOperationsItAnswers() {
        assertThat(control.operationIds()).contains("listCardholders", "createCardholder", "getCardholder",
                "editCardholder", "updateCardholder", "submitKyc", "refreshKycUrl", "issueVirtualCard",
                "issuePhysicalCard", "listCards", "getCard", "getCardDetails", "getCardBalance", "activateCard",
                "setCardStatus", "updateCard", "changeCardPin", "bankDepositCard", "stagingKycValidate",
                "listCardTransactions", "listCardFees", "createWallet", "bankDepositWallet", "transferFromWallet",
                "listWalletTransactions", "stagingCardSpend", "stagingCardDeposit", "registerBankAccount",
                "createOtpListener", "getOtp", "stagingCardOtp", "createSupportTicket", "registerWalletAddress",
                "depositCard", "depositWallet")
                .hasSize(35);
        assertThat(control.deprecatedOperationIds())
                .containsExactlyInAnyOrder("registerWalletAddress", "depositCard", "depositWallet");
        assertThat(control.operationIds()).containsAll(control.deprecatedOperationIds());
    }

    private static Map<String, Object> transfer(long walletId, long cardId, long amount) {
        return Map.of("sourceWalletId", walletId, "destinationType", 1, "destinationId", cardId, "amount", amount,
                "description", "control-test");
    }

    @Test
    void aLostAnswerIsA500AfterTheTransferWasMadeAndOnlyOnce() {
        long walletId = sim.fundedWallet(10_000);
        long cardId = sim.virtualCard();
        control.loseNextAnswer("transferFromWallet", LostAnswer.SERVER_ERROR);
        Reply lost = client.post("/wallets/transfer", transfer(walletId, cardId, 2_500));
        assertThat(lost.status()).isEqualTo(500);
        assertThat(lost.body().path("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(control.walletBalance(walletId).walletAvailableBalance()).isEqualTo(7_500);
        assertThat(client.get("/cards/" + cardId + "/balance").body().path("availableBalance").asLong())
                .isEqualTo(2_500);
        assertThat(client.post("/wallets/transfer", transfer(walletId, cardId, 2_500)).status()).isEqualTo(200);
    }

    @Test
    void aResetConnectionGivesNoAnswerButTheTransferIsMade() {
        long walletId = sim.fundedWallet(10_000);
        long cardId = sim.virtualCard();
        control.loseNextAnswer("transferFromWallet", LostAnswer.CONNECTION_RESET);
        assertThatThrownBy(() -> client.sendOrThrow("POST", "/wallets/transfer", transfer(walletId, cardId, 1_000),
                TestClient.API_KEY)).isInstanceOf(java.io.IOException.class);
        assertThat(control.walletBalance(walletId).walletAvailableBalance()).isEqualTo(9_000);
        assertThat(client.get("/wallets/transactions?cardId=" + cardId).body().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aRefusedCallLeavesTheLostAnswerArmedForTheNextCallThatIsCarriedOut() {
        long walletId = sim.fundedWallet(1_000);
        long cardId = sim.virtualCard();
        control.loseNextAnswer("transferFromWallet", LostAnswer.SERVER_ERROR);
        assertThat(client.post("/wallets/transfer", transfer(walletId, cardId, 5_000)).status()).isEqualTo(422);
        assertThat(client.post("/wallets/transfer", transfer(walletId, cardId, 500)).status()).isEqualTo(500);
        assertThat(control.walletBalance(walletId).walletAvailableBalance()).isEqualTo(500);
        assertThatThrownBy(() -> control.walletBalance(9_999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9999");
    }

    @Test
    void aHeldAnswerArrivesOnlyAfterTheHoldWhileTheTransferIsMadeAtOnce() throws Exception {
        long walletId = sim.fundedWallet(10_000);
        long cardId = sim.virtualCard();
        control.holdNextAnswer("transferFromWallet", Duration.ofMillis(1_500));
        long started = System.nanoTime();
        java.util.concurrent.CompletableFuture<Reply> held = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> client.post("/wallets/transfer", transfer(walletId, cardId, 1_000)));
        while (control.walletBalance(walletId).walletAvailableBalance() == 10_000
                && System.nanoTime() - started < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(20);
        }
        assertThat(held).as("the answer is still held back when the money has moved").isNotDone();
        assertThat(control.walletBalance(walletId).walletAvailableBalance()).isEqualTo(9_000);
        assertThat(held.get().status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1_400));
        long again = System.nanoTime();
        assertThat(client.post("/wallets/transfer", transfer(walletId, cardId, 1_000)).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).as("only the next answer is held")
                .isLessThan(Duration.ofMillis(1_400));
        assertThatThrownBy(() -> control.holdNextAnswer("transferFromWallet", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListingLagHidesANewTransferFromTheListUntilItHasPassedOnTheVirtualClock() {
        long walletId = sim.fundedWallet(10_000);
        long cardId = sim.virtualCard();
        control.setTransferListingLag(Duration.ofSeconds(20));
        assertThat(client.post("/wallets/transfer", transfer(walletId, cardId, 1_000)).status()).isEqualTo(200);
        assertThat(control.walletBalance(walletId).walletAvailableBalance()).as("the money moved at once")
                .isEqualTo(9_000);
        assertThat(client.get("/wallets/transactions?cardId=" + cardId).body().path("total").asInt()).isZero();
        sim.advance(Duration.ofSeconds(19));
        assertThat(client.get("/wallets/transactions?cardId=" + cardId).body().path("total").asInt()).isZero();
        sim.advance(Duration.ofSeconds(1));
        assertThat(client.get("/wallets/transactions?cardId=" + cardId).body().path("total").asInt()).isEqualTo(1);
        control.reset();
        long otherWallet = sim.fundedWallet(10_000);
        long otherCard = sim.virtualCard();
        client.post("/wallets/transfer", transfer(otherWallet, otherCard, 1_000));
        assertThat(client.get("/wallets/transactions?cardId=" + otherCard).body().path("total").asInt())
                .as("reset lists transfers at once again").isEqualTo(1);
    }

    @Test
    void anOmittedListFieldIsLeftOutOfEveryListedItemUntilCleared() {
        long walletId = sim.fundedWallet(10_000);
        long cardId = sim.virtualCard();
        client.post("/wallets/transfer", transfer(walletId, cardId, 1_000));
        client.post("/wallets/transfer", transfer(walletId, cardId, 2_000));
        control.omitListedField("listWalletTransactions", "description");
        com.fasterxml.jackson.databind.JsonNode items = client.get("/wallets/transactions").body().path("items");
        assertThat(items.size()).isEqualTo(3);
        items.forEach(item -> assertThat(item.has("description")).as("description of %s", item).isFalse());
        assertThat(items.get(1).path("amount").asLong()).as("the rest of each item stays").isEqualTo(1_000);
        control.clearOverrides();
        assertThat(client.get("/wallets/transactions?cardId=" + cardId).body().path("items").get(0)
                .path("description").asText()).isEqualTo("control-test");
    }
}
