package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import com.axys.golive.client.StatusPoller;
import com.axys.golive.client.TransferGuard;
import com.axys.golive.client.TransferOutcome;
import com.axys.golive.simulator.wiremock.LostAnswer;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Program wallets: creating and funding one, and transfers to a card, always through the transfer idempotency guard.
 * A transfer is checked three ways: the card's balances, the wallet's movements, and the card's transactions (where
 * a wallet transfer must not appear).
 */
public final class WalletSteps {

    private static final String WALLET = "the Program's wallet";

    private final World world;
    private Instant windowStart;
    private TransferGuard.Transfer transfer;
    private TransferOutcome outcome;
    private Balances before;
    private int cardTransactionsBefore;
    private boolean unresolvedAcknowledged;

    public WalletSteps(World world) {
        this.world = world;
    }

    @When("the Program creates a wallet")
    public void createsAWallet() {
        Response created = world.remember(world.api().wallets().create(Personas.walletName(world.runTag())));
        if (created.statusCode() == 200) {
            world.nameWallet(WALLET, JsonAnswer.of(created).getLong("walletId"));
        }
    }

    @Then("the new wallet has an id")
    public void newWalletHasAnId() {
        Object id = JsonAnswer.of(world.last()).get("walletId");
        assertThat(id).as("walletId of the new wallet").isInstanceOf(Integer.class);
        assertThat(((Number) id).longValue()).as("walletId of the new wallet").isPositive();
    }

    @Given("the Program has an empty wallet")
    public void hasAnEmptyWallet() {
        createsAWallet();
        assertThat(world.last().statusCode()).as("create wallet status").isEqualTo(200);
    }

    /** A new wallet, a bank-deposit trace into it, and polling its movements until the deposit has cleared. */
    /** The funding deposit a funded wallet waits on: made once, adopted by a run that continues the scenario. */
    record Funding(long walletId, Instant since, String reference) { }

    @Given("the Program has a funded wallet")
    public void hasAFundedWallet() {
        Funding funding = world.carry("funded-wallet", Funding.class, () -> {
            hasAnEmptyWallet();
            long id = world.wallet(WALLET);
            Instant from = world.targetClock().instant().minus(Duration.ofMinutes(10));
            String ref = Personas.movementReference(world.runTag(), id, "funding");
            Response deposit = world.remember(world.api().wallets().bankDeposit(id, Personas.walletDeposit(ref)));
            assertThat(deposit.statusCode()).as("wallet bank-deposit trace status").isEqualTo(200);
            return new Funding(id, from, ref);
        });
        world.nameWallet(WALLET, funding.walletId());
        long walletId = funding.walletId();
        Instant since = funding.since();
        String reference = funding.reference();
        StatusPoller poller = world.clearingPoller();
        StatusPoller.Outcome<Integer> cleared = world.await(poller, "the wallet's funding deposit to clear",
                Map.of("walletId", walletId), () -> new WalletMovements(world.api())
                .since(since, Map.of()).stream().filter(item -> isFundingOf(item, walletId, reference)).findFirst()
                .map(item -> item.get("transStatus") instanceof Number n ? n.intValue() : -1).orElse(-1),
                status -> status == 1);
        assertThat(cleared.satisfied()).as("the wallet's funding deposit completed (transStatus 1) after %d polls "
                + "over %s (last seen %s)", cleared.probes(), cleared.waited(), cleared.last()).isTrue();
    }

    @Given("Axys will make the next transfer but lose its answer as {}")
    public void nextTransferLosesItsAnswer(String loss) {
        LostAnswer how = switch (loss) {
            case "a server error" -> LostAnswer.SERVER_ERROR;
            case "a reset connection" -> LostAnswer.CONNECTION_RESET;
            default -> throw new IllegalArgumentException("an answer is lost as 'a server error' or 'a reset "
                    + "connection', not '" + loss + "'");
        };
        world.faults().loseNextAnswer("transferFromWallet", how);
    }

    @Given("Axys lists new transfers only {int} seconds after making them")
    public void transfersAreListedLate(int seconds) {
        world.faults().setTransferListingLag(Duration.ofSeconds(seconds));
    }

    @Given("Axys lists wallet movements without their description")
    public void movementsDoNotEchoTheDescription() {
        world.faults().omitListedField("listWalletTransactions", "description");
    }

    @Given("Axys will refuse the next transfer before making it")
    public void nextTransferIsRefusedBeforeItIsMade() {
        world.faults().failNext("transferFromWallet", 1, 503);
    }

    @When("the Program transfers money from its wallet to {card}")
    public void transfersToCard(String card) {
        long cardId = world.card(card);
        long walletId = world.wallet(WALLET);
        before = balance(cardId);
        cardTransactionsBefore = cardTransactions(cardId);
        windowStart = world.targetClock().instant().minus(Duration.ofMinutes(10));
        transfer = new TransferGuard.Transfer(walletId, 1, cardId, Personas.TRANSFER_AMOUNT,
                Personas.movementReference(world.runTag(), walletId, "transfer-" + cardId));
        outcome = world.transferGuard().transfer(transfer);
        outcome.answer().ifPresent(world::remember);
        world.note("transferGuard", outcome.explanation());
    }

    @Then("the transfer is made at once")
    public void transferIsMadeAtOnce() {
        assertThat(outcome.decision()).as("transfer guard: %s", outcome.explanation())
                .isEqualTo(TransferOutcome.Decision.MADE);
        Response answer = outcome.answer().orElseThrow();
        assertThat(answer.statusCode()).as("transfer status").isEqualTo(200);
        assertThat(JsonAnswer.of(answer).getInt("transStatus")).as("transStatus of the transfer (1: completed)")
                .isEqualTo(1);
    }

    @Then("the guard finds the transfer already made and does not send it again")
    public void guardFindsItAndDoesNotRepeat() {
        assertThat(outcome.decision()).as("transfer guard: %s", outcome.explanation())
                .isEqualTo(TransferOutcome.Decision.FOUND_NOT_RETRIED);
        assertThat(outcome.posts()).as("POSTs of the transfer").isEqualTo(1);
        assertThat(outcome.explanation()).contains("found committed transfer transId " + outcome.transId());
    }

    @Then("the guard stops without sending the transfer again and names what a person must check")
    public void guardStopsUnresolved() {
        assertThat(outcome.decision()).as("transfer guard: %s", outcome.explanation())
                .isEqualTo(TransferOutcome.Decision.UNRESOLVED);
        assertThat(outcome.posts()).as("POSTs of the transfer").isEqualTo(1);
        assertThat(outcome.explanation()).as("what the guard asks a person to check")
                .contains("a person must check").contains("wallet " + transfer.sourceWalletId())
                .contains("amount " + transfer.amount()).contains("card " + transfer.destinationId())
                .contains(transfer.reference());
        unresolvedAcknowledged = true;
    }

    /**
     * A transfer the guard left UNRESOLVED is never a silent pass: it is written into the scenario's report, and a
     * scenario that did not set out to show it fails with the guard's words (what a person must check).
     */
    @After
    public void noSilentUnresolvedTransfer(Scenario scenario) {
        if (outcome == null || outcome.decision() != TransferOutcome.Decision.UNRESOLVED) {
            return;
        }
        scenario.log("UNRESOLVED transfer, a person must check it: " + outcome.explanation());
        if (!unresolvedAcknowledged) {
            throw new AssertionError("the transfer guard could not tell whether the transfer was made: "
                    + outcome.explanation());
        }
    }

    @Then("the guard finds no record of the transfer and sends it once more")
    public void guardFindsNoRecordAndRetriesOnce() {
        assertThat(outcome.decision()).as("transfer guard: %s", outcome.explanation())
                .isEqualTo(TransferOutcome.Decision.RETRIED_ONCE);
        assertThat(outcome.posts()).as("POSTs of the transfer").isEqualTo(2);
        assertThat(outcome.explanation()).contains("no record, retrying once");
    }

    @Then("the balance of {card} rose by the amount transferred")
    public void balanceRoseByTheAmount(String card) {
        Balances after = balance(world.card(card));
        assertThat(after.ledger() - before.ledger()).as("ledgerBalance change of %s, read right after the transfer",
                card).isEqualTo(Personas.TRANSFER_AMOUNT);
        assertThat(after.available() - before.available())
                .as("availableBalance change of %s, read right after the transfer", card)
                .isEqualTo(Personas.TRANSFER_AMOUNT);
    }

    @Then("the balance of {card} is unchanged")
    public void balanceIsUnchanged(String card) {
        assertThat(balance(world.card(card))).as("ledger and available balance of %s", card).isEqualTo(before);
    }

    @Then("the wallet's movements list the transfer to {card} exactly once")
    public void movementsListTheTransferOnce(String card) {
        List<Map<String, Object>> listed = new WalletMovements(world.api()).withReference(windowStart,
                Map.of("cardId", world.card(card)), transfer.reference());
        assertThat(listed).as("wallet movements to %s with the transfer's reference", card).hasSize(1);
        assertThat(((Number) listed.get(0).get("transId")).longValue()).as("transId of the movement listed")
                .isEqualTo(outcome.transId());
        assertThat(((Number) listed.get(0).get("amount")).longValue()).as("amount of the movement listed")
                .isEqualTo(Personas.TRANSFER_AMOUNT);
    }

    @Then("no card transaction is recorded for the transfer")
    public void noCardTransactionForTheTransfer() {
        assertThat(cardTransactions(transfer.destinationId())).as("card transactions of the destination card")
                .isEqualTo(cardTransactionsBefore);
    }

    @Then("the wallet is debited exactly once")
    public void walletIsDebitedOnce() {
        assertThat(world.simulatorControl().walletBalance(world.wallet(WALLET)).walletAvailableBalance())
                .as("walletAvailableBalance after one transfer").isEqualTo(Personas.WALLET_FUNDING
                        - Personas.TRANSFER_AMOUNT);
    }

    /**
     * The funding deposit of a new wallet: the movement with its reference, or, should the target not carry the
     * reference into the description, the wallet's one movement without a destination.
     */
    private static boolean isFundingOf(Map<String, Object> item, long walletId, String reference) {
        return reference.equals(item.get("description")) || item.get("walletId") instanceof Number wallet
                && wallet.longValue() == walletId && item.get("destinationType") == null;
    }

    /** A card's two balances at one read, decimal-implied integers. */
    private record Balances(long ledger, long available) { }

    private Balances balance(long cardId) {
        Response r = world.api().cards().balance(cardId);
        assertThat(r.statusCode()).as("GET card balance status").isEqualTo(200);
        return new Balances(JsonAnswer.of(r).getLong("ledgerBalance"), JsonAnswer.of(r).getLong("availableBalance"));
    }

    private int cardTransactions(long cardId) {
        Response r = world.api().cards().transactions(Map.of("cardId", cardId));
        assertThat(r.statusCode()).as("GET card transactions status").isEqualTo(200);
        return JsonAnswer.of(r).getInt("total");
    }
}
