package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import com.axys.golive.client.StatusPoller;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card account's balances and the bank-deposit trace: the ledger balance moves when a transfer is traced, the
 * available balance once it clears, and the Program polls for the second on a schedule built for days.
 */
public final class BalanceSteps {

    private final World world;
    /** The balances just before this scenario's deposit trace. */
    private Balance before;

    public BalanceSteps(World world) {
        this.world = world;
    }

    /** The two balances of one read, decimal-implied integers. */
    record Balance(long ledger, long available) { }

    @When("the balance of {card} is read")
    public void balanceIsRead(String card) {
        world.remember(world.api().cards().balance(world.card(card)));
    }

    @Given("the balance of {card} has been read")
    public void balanceHasBeenRead(String card) {
        before = read(card);
    }

    /**
     * The balance just read ({@code When the balance of … is read}) against the one read before the purchases: the
     * available balance fell by every purchase the card's transactions list (but Declined and Error ones) plus every
     * fee its fees list, both read here. [inferred] a purchase holds the available balance when it is authorised.
     */
    @Then("the available balance of {card} fell by its purchases and their fees")
    public void availableFellByPurchasesAndFees(String card) {
        long cardId = world.card(card);
        Response read = world.last();
        assertThat(read.statusCode()).as("GET card balance status").isEqualTo(200);
        long purchases = JsonAnswer.of(world.api().cards().transactions(Map.of("cardId", cardId, "limit", 200)))
                .<Map<String, Object>>getList("items").stream()
                .filter(t -> !List.of(4, 5).contains(((Number) t.get("status")).intValue()))
                .mapToLong(t -> minorUnits(t.get("amount"))).sum();
        long fees = JsonAnswer.of(world.api().cards().fees(Map.of("cardId", cardId, "limit", 200)))
                .<Map<String, Object>>getList("items").stream().mapToLong(f -> minorUnits(f.get("amount"))).sum();
        assertThat(JsonAnswer.of(read).getLong("availableBalance"))
                .as("availableBalance after purchases of %d and fees of %d (minor units), from %d", purchases, fees,
                        before.available())
                .isEqualTo(before.available() - purchases - fees);
    }

    /** A transaction or fee amount string ("40.00") in minor units. */
    private static long minorUnits(Object amount) {
        return new BigDecimal(String.valueOf(amount)).movePointRight(2).longValueExact();
    }

    @Then("the balance shows its ledger and available amounts as whole numbers of minor units")
    public void balanceIsInIntegers() {
        var json = JsonAnswer.of(world.last());
        for (String field : new String[] {"ledgerBalance", "availableBalance"}) {
            Object value = json.get(field);
            assertThat(value).as("%s (decimal-implied: 1000 = 10.00)", field)
                    .isInstanceOfAny(Integer.class, Long.class, BigInteger.class);
        }
        assertThat(json.getLong("availableBalance")).as("availableBalance is never more than ledgerBalance")
                .isLessThanOrEqualTo(json.getLong("ledgerBalance"));
    }

    @When("a bank transfer to {card} is traced")
    public void bankTransferIsTraced(String card) {
        before = read(card);
        world.remember(world.api().cards().bankDeposit(world.card(card), Personas.bankDeposit(world.card(card))));
    }

    @Given("a bank transfer to {card} has been traced")
    public void bankTransferHasBeenTraced(String card) {
        bankTransferIsTraced(card);
        assertThat(world.last().statusCode()).as("bank-deposit trace status").isEqualTo(200);
    }

    @Then("the ledger balance of {card} includes the deposit at once")
    public void ledgerIncludesDeposit(String card) {
        assertThat(read(card).ledger()).as("ledgerBalance right after the trace")
                .isEqualTo(before.ledger() + Personas.DEPOSIT_AMOUNT);
    }

    @Then("the available balance of {card} does not include it yet")
    public void availableExcludesDeposit(String card) {
        assertThat(read(card).available()).as("availableBalance before clearing").isEqualTo(before.available());
    }

    @Then("polling the balance of {card} shows the deposit available within the clearing deadline")
    public void pollingShowsDepositAvailable(String card) {
        long expected = before.available() + Personas.DEPOSIT_AMOUNT;
        StatusPoller poller = world.balancePoller();
        StatusPoller.Outcome<Balance> outcome = world.await(poller, "the deposit to " + card + " to clear",
                Map.of("cardId", world.card(card)), () -> read(card),
                b -> b.available() >= expected && b.available() == b.ledger());
        world.note("polls", outcome.probes());
        assertThat(outcome.satisfied())
                .as("availableBalance reached ledgerBalance (%d) after %d polls over %s (last seen %s; deadline %s)",
                        before.ledger() + Personas.DEPOSIT_AMOUNT, outcome.probes(), outcome.waited(),
                        outcome.last(), poller.schedule().deadline())
                .isTrue();
    }

    /** GETs the balance (every read is a call in the evidence, and a state change in the ledger when it moved). */
    private Balance read(String card) {
        Response r = world.api().cards().balance(world.card(card));
        assertThat(r.statusCode()).as("GET card balance status").isEqualTo(200);
        return new Balance(JsonAnswer.of(r).getLong("ledgerBalance"), JsonAnswer.of(r).getLong("availableBalance"));
    }
}
