package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.client.TransferOutcome.Decision;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.simulator.SimulatorControl;
import com.axys.golive.simulator.domain.VirtualClock;
import com.axys.golive.simulator.wiremock.LostAnswer;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard against the real embedded simulator, through the harness's own client and capture: answers are lost
 * after the transfer was made (500, reset connection) or refused before it (503), and the wallet's balance shows
 * how many times the money actually moved.
 */
final class TransferGuardTest {

    private static final long FUNDS = 50_000;
    private static final long AMOUNT = 12_000;
    private static final AtomicInteger REFERENCES = new AtomicInteger();
    /** Short, so an answer held a little longer is a timeout; every other call here is answered in milliseconds. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(4);

    @TempDir
    static Path evidenceRoot;
    private static HarnessSession session;
    private static SimulatorControl control;
    private static VirtualClock clock;
    private static TransferGuard guard;

    private long cardId;
    private long walletId;

    @BeforeAll
    static void open() {
        HarnessConfig defaults = HarnessConfig.simulatorDefaults(evidenceRoot);
        session = HarnessSession.open(new HarnessConfig(defaults.target(), defaults.credentials(), defaults.features(),
                defaults.evidenceRoot(), "", defaults.connectTimeout(), READ_TIMEOUT, defaults.pollDeadline(),
                defaults.maxCallsPerSecond()), Clock.systemUTC());
        control = session.simulator().orElseThrow().server().control();
        clock = session.simulator().orElseThrow().clock();
        guard = new TransferGuard(session.client().wallets(), clock, clock::advance);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void cardAndFundedWallet() {
        control.clearOverrides();
        control.setTransferListingLag(Duration.ZERO);
        cardId = virtualCardOfApprovedCardholder();
        walletId = session.client().wallets().create("Guard test").jsonPath().getLong("walletId");
        assertThat(session.client().wallets().bankDeposit(walletId, Map.of("transactionAmount", FUNDS,
                "transactionReference", "golive-guardtest-funding-" + walletId)).statusCode()).isEqualTo(200);
        clock.advance(control.program().clearingDelay());
    }

    private TransferGuard.Transfer transfer(long amount) {
        return new TransferGuard.Transfer(walletId, 1, cardId, amount,
                "golive-guardtest-" + REFERENCES.incrementAndGet());
    }

    private long walletAvailable() {
        return control.walletBalance(walletId).walletAvailableBalance();
    }

    private List<Integer> transfersToCard() {
        return session.client().wallets().transactions(Map.of("cardId", cardId)).jsonPath().getList("items.transId");
    }

    @Test
    void anAnsweredTransferIsPostedOnce() {
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).isEqualTo(Decision.MADE);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(outcome.transId()).isNotNull();
        assertThat(transfersToCard()).containsExactly(outcome.transId().intValue());
        assertThat(walletAvailable()).isEqualTo(FUNDS - AMOUNT);
    }

    @Test
    void aTransferWhoseAnswerIsLostAsA500IsFoundAndNotRepeated() throws IOException {
        control.loseNextAnswer("transferFromWallet", LostAnswer.SERVER_ERROR);
        TransferGuard.Transfer transfer = transfer(AMOUNT);
        TransferOutcome outcome = guard.transfer(transfer);
        assertThat(outcome.decision()).isEqualTo(Decision.FOUND_NOT_RETRIED);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(outcome.answer()).get().extracting(Response::statusCode).isEqualTo(500);
        assertThat(transfersToCard()).containsExactly(outcome.transId().intValue());
        assertThat(outcome.explanation()).contains(transfer.reference())
                .contains("found committed transfer transId " + outcome.transId() + ", not retrying");
        assertThat(walletAvailable()).as("the wallet is debited exactly once").isEqualTo(FUNDS - AMOUNT);
        List<String> calls = Files.readAllLines(session.evidence().dir().resolve(EvidenceFiles.CALLS)).stream()
                .filter(line -> line.contains(transfer.reference())).toList();
        assertThat(calls).as("POSTs of the transfer in the evidence")
                .filteredOn(line -> line.contains("\"operationId\":\"transferFromWallet\"")).hasSize(1);
        assertThat(calls.get(0)).contains("\"operationId\":\"transferFromWallet\"").contains("\"status\":500");
        assertThat(calls.get(1)).contains("\"operationId\":\"listWalletTransactions\"");
    }

    @Test
    void aTransferWhoseConnectionIsResetIsFoundAndNotRepeated() {
        control.loseNextAnswer("transferFromWallet", LostAnswer.CONNECTION_RESET);
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).isEqualTo(Decision.FOUND_NOT_RETRIED);
        assertThat(outcome.answer()).isEmpty();
        assertThat(outcome.explanation()).contains("got no answer");
        assertThat(walletAvailable()).as("the wallet is debited exactly once").isEqualTo(FUNDS - AMOUNT);
    }

    @Test
    void aTransferRefusedBeforeItWasMadeIsRetriedOnceAfterReconciliationFindsNoRecord() {
        control.failNext("transferFromWallet", 1, 503);
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).isEqualTo(Decision.RETRIED_ONCE);
        assertThat(outcome.posts()).isEqualTo(2);
        assertThat(outcome.explanation()).contains("no record, retrying once");
        assertThat(transfersToCard()).containsExactly(outcome.transId().intValue());
        assertThat(walletAvailable()).isEqualTo(FUNDS - AMOUNT);
    }

    @Test
    void aRefusalIsNeitherReconciledNorRetried() {
        TransferOutcome outcome = guard.transfer(transfer(FUNDS + 1));
        assertThat(outcome.decision()).isEqualTo(Decision.REFUSED);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(outcome.answer()).get().extracting(Response::statusCode).isEqualTo(422);
        assertThat(walletAvailable()).isEqualTo(FUNDS);
    }

    @Test
    void twoAmbiguousAnswersWithNoRecordStopWithoutAThirdPost() {
        control.failNext("transferFromWallet", 3, 503);
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).isEqualTo(Decision.UNRESOLVED);
        assertThat(outcome.posts()).isEqualTo(2);
        assertThat(outcome.explanation()).contains("still no record").contains("not sending it again");
        assertThat(walletAvailable()).isEqualTo(FUNDS);
        control.clearOverrides();
    }

    @Test
    void aLostAnswerThatCannotBeReconciledIsNotRetried() {
        control.loseNextAnswer("transferFromWallet", LostAnswer.SERVER_ERROR);
        control.failNext("listWalletTransactions", 20, 503); // outlasts the client's own read retries
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).isEqualTo(Decision.UNRESOLVED);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(outcome.explanation()).contains("could not reconcile (GET /wallets/transactions answered HTTP 503)");
        assertThat(walletAvailable()).as("made once, by the first POST").isEqualTo(FUNDS - AMOUNT);
        control.clearOverrides();
    }

    @Test
    void aTransferListedOnlyAfterTheFirstReadIsFoundWithinTheSettleWindowAndNotRepeated() {
        control.setTransferListingLag(Duration.ofSeconds(10));
        control.loseNextAnswer("transferFromWallet", LostAnswer.SERVER_ERROR);
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).as(outcome.explanation()).isEqualTo(Decision.FOUND_NOT_RETRIED);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(walletAvailable()).as("the wallet is debited exactly once").isEqualTo(FUNDS - AMOUNT);
        assertThat(transfersToCard()).containsExactly(outcome.transId().intValue());
    }

    @Test
    void aTransferWhoseAnswerTimesOutIsFoundAndNotRepeated() {
        control.holdNextAnswer("transferFromWallet", READ_TIMEOUT.plusSeconds(2));
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).as(outcome.explanation()).isEqualTo(Decision.FOUND_NOT_RETRIED);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(outcome.answer()).isEmpty();
        assertThat(outcome.explanation()).contains("got no answer");
        assertThat(walletAvailable()).as("the wallet is debited exactly once").isEqualTo(FUNDS - AMOUNT);
    }

    @Test
    void aTimeoutOnATransferListedLateIsFoundAndNotRepeated() {
        control.setTransferListingLag(Duration.ofSeconds(20));
        control.holdNextAnswer("transferFromWallet", READ_TIMEOUT.plusSeconds(2));
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).as(outcome.explanation()).isEqualTo(Decision.FOUND_NOT_RETRIED);
        assertThat(walletAvailable()).as("the wallet is debited exactly once").isEqualTo(FUNDS - AMOUNT);
    }

    @Test
    void aResetOnATransferListedLateIsFoundAndNotRepeated() {
        control.setTransferListingLag(Duration.ofSeconds(5));
        control.loseNextAnswer("transferFromWallet", LostAnswer.CONNECTION_RESET);
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).as(outcome.explanation()).isEqualTo(Decision.FOUND_NOT_RETRIED);
        assertThat(walletAvailable()).as("the wallet is debited exactly once").isEqualTo(FUNDS - AMOUNT);
    }

    @Test
    void aLostAnswerOnAListThatDoesNotEchoTheReferenceIsUnresolvedAndNeverRepeated() {
        control.omitListedField("listWalletTransactions", "description");
        control.loseNextAnswer("transferFromWallet", LostAnswer.SERVER_ERROR);
        TransferGuard.Transfer transfer = transfer(AMOUNT);
        TransferOutcome outcome = guard.transfer(transfer);
        assertThat(outcome.decision()).as(outcome.explanation()).isEqualTo(Decision.UNRESOLVED);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(outcome.explanation()).contains("wallet " + walletId).contains("amount " + AMOUNT)
                .contains("card " + cardId).contains(transfer.reference()).contains("a person must check");
        assertThat(walletAvailable()).as("the wallet is debited exactly once").isEqualTo(FUNDS - AMOUNT);
    }

    @Test
    void aRefusalOnAListThatDoesNotEchoTheReferenceIsUnresolvedAndNotSentAgain() {
        control.omitListedField("listWalletTransactions", "description");
        control.failNext("transferFromWallet", 1, 503);
        TransferOutcome outcome = guard.transfer(transfer(AMOUNT));
        assertThat(outcome.decision()).as(outcome.explanation()).isEqualTo(Decision.UNRESOLVED);
        assertThat(outcome.posts()).isEqualTo(1);
        assertThat(outcome.explanation()).contains("does not echo");
        assertThat(walletAvailable()).as("nothing was made, and nothing was sent again").isEqualTo(FUNDS);
    }

    /** Create → kyc-submit → staging pass → review delay on the virtual clock → a virtual card. */
    private static long virtualCardOfApprovedCardholder() {
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("firstName", "Jordan");
        holder.put("lastName", "Golive");
        holder.put("emailAdr", "jordan+guard@example.com");
        holder.put("gender", 2);
        holder.put("nationality", "American");
        holder.put("placeOfBirth", "USA");
        holder.put("dob", "1990-04-12");
        holder.put("adrLine1", "1 Test Street");
        holder.put("city", "San Francisco");
        holder.put("country", "US");
        holder.put("callingCode", "1");
        holder.put("cellNum", "4155550100");
        AxysClient api = session.client();
        long cardholderId = api.cardholders().create(holder).jsonPath().getLong("cardholderId");
        api.cardholders().submitKyc(cardholderId);
        api.staging().validateKyc(cardholderId, "pass");
        clock.advance(control.program().reviewDelay());
        assertThat(api.cardholders().get(cardholderId).jsonPath().getInt("cardholder.status")).isEqualTo(1);
        return api.cards().issueVirtual(cardholderId, Map.of("nameOnCard", "JORDAN GOLIVE")).jsonPath()
                .getLong("cardId");
    }
}
