package com.axys.golive.steps;

import com.axys.golive.client.StatusPoller;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's spend and fees as the Program reads them back: purchases are made through the staging spend simulation,
 * then GET /cards/transactions and GET /cards/fees are paged through and filtered, and every fee is matched to its
 * transaction by {@code authRefNum}.
 */
public final class CardActivitySteps {

    private final World world;
    /** The purchases made in this scenario, per card alias, in order. */
    private final Map<String, List<Purchase>> purchases = new LinkedHashMap<>();
    private final List<Purchase> cleared = new ArrayList<>();
    private final List<JsonAnswer> pages = new ArrayList<>();
    private String pagedCard;
    private int pageSize;

    public CardActivitySteps(World world) {
        this.world = world;
    }

    /** One purchase as the spend simulation answered it (carried into a continuing run as it is). */
    record Purchase(String transId, String authRefNum, boolean foreign) { }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<Purchase>> PURCHASES =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };

    @Given("{card} has been funded")
    public void hasBeenFunded(String card) {
        world.carry("funded:" + card, Integer.class, () -> {
            Response funded = world.remember(world.api().staging().deposit(world.card(card), Personas.CARD_FUNDING));
            assertThat(funded.statusCode()).as("staging deposit status").isEqualTo(200);
            return funded.statusCode();
        });
    }

    @Given("{card} has made {int} (more )purchase(s)")
    public void hasMadePurchases(String card, int count) {
        purchases(card, () -> {
            for (int i = 0; i < count; i++) {
                spend(card, Personas.PURCHASES.get(made(card).size() % Personas.PURCHASES.size()), false);
            }
        });
    }

    @Given("{card} has made a foreign purchase and a domestic one")
    public void hasMadeAForeignAndADomesticPurchase(String card) {
        purchases(card, () -> {
            spend(card, Personas.FOREIGN_PURCHASE, true);
            spend(card, Personas.PURCHASES.get(0), false);
        });
    }

    /** Purchases made once: a run that continues the scenario adopts them (their clearing is what it waits for). */
    private void purchases(String card, Runnable spendAll) {
        int before = made(card).size();
        List<Purchase> these = world.carry("purchases:" + card, PURCHASES, () -> {
            spendAll.run();
            return List.copyOf(made(card).subList(before, made(card).size()));
        });
        if (made(card).size() == before) {
            made(card).addAll(these);
        }
    }

    /** Polls the card's Cleared transactions until every purchase made so far is among them. */
    @Given("the purchases of {card} so far have cleared")
    public void purchasesSoFarHaveCleared(String card) {
        List<Purchase> sofar = List.copyOf(made(card));
        StatusPoller.Outcome<List<String>> outcome = world.await(world.clearingPoller(),
                sofar.size() + " purchases of " + card + " to clear", Map.of("cardId", world.card(card)),
                () -> transIds(list(card, Map.of("status", TransactionStatus.CLEARED.code()))),
                ids -> ids.containsAll(sofar.stream().map(Purchase::transId).toList()));
        assertThat(outcome.satisfied()).as("%d purchases of %s cleared after %d polls over %s", sofar.size(), card,
                outcome.probes(), outcome.waited()).isTrue();
        cleared.addAll(sofar);
    }

    @When("the Program pages through the transactions of {card} {int} at a time")
    public void pagesThroughTransactions(String card, int size) {
        pageThrough(card, size, "transactions");
    }

    @When("the Program pages through the fees of {card} {int} at a time")
    public void pagesThroughFees(String card, int size) {
        pageThrough(card, size, "fees");
    }

    @When("the Program lists the transactions of {card}")
    public void listsTransactions(String card) {
        world.remember(world.api().cards().transactions(Map.of("cardId", world.card(card), "limit", 200)));
    }

    @When("the Program lists the {transactionStatus} transactions of {card}")
    public void listsTransactionsIn(TransactionStatus status, String card) {
        world.remember(world.api().cards().transactions(Map.of("cardId", world.card(card), "status", status.code(),
                "limit", 200)));
    }

    @Then("each purchase of {card} is seen exactly once")
    public void eachPurchaseSeenOnce(String card) {
        List<String> seen = new ArrayList<>();
        pages.forEach(page -> seen.addAll(page.getList("items.transId", String.class)));
        assertThat(seen).as("transIds over %d pages of %d", pages.size(), pageSize).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(made(card).stream().map(Purchase::transId).toList());
    }

    @Then("every page reports the same total, the number of purchases")
    public void everyPageReportsTheSameTotal() {
        assertThat(pages).as("pages read").isNotEmpty()
                .allSatisfy(page -> assertThat(page.getInt("total")).as("total on a page")
                        .isEqualTo(made(pagedCard).size()));
    }

    @Then("a page beyond the total is empty")
    public void pageBeyondTheTotalIsEmpty() {
        int total = pages.get(0).getInt("total");
        Response beyond = world.remember(world.api().cards().transactions(Map.of("cardId", world.card(pagedCard),
                "limit", pageSize, "offset", total)));
        assertThat(beyond.statusCode()).as("status of the page beyond the total").isEqualTo(200);
        assertThat(JsonAnswer.of(beyond).getList("items")).as("items beyond the total").isEmpty();
        assertThat(JsonAnswer.of(beyond).getInt("total")).as("total beyond the last page").isEqualTo(total);
    }

    @Then("exactly the purchases of {card} are listed")
    public void exactlyThePurchasesAreListed(String card) {
        JsonAnswer listed = JsonAnswer.of(world.last());
        assertThat(listed.getList("items.cardId", Long.class)).as("cardIds listed").containsOnly(world.card(card));
        assertThat(listed.getList("items.transId", String.class)).as("transIds listed")
                .containsExactlyInAnyOrderElementsOf(made(card).stream().map(Purchase::transId).toList());
        assertThat(listed.getInt("total")).as("total").isEqualTo(made(card).size());
    }

    @Then("exactly the {transactionStatus} purchases of {card} are listed")
    public void exactlyThePurchasesInStatusAreListed(TransactionStatus status, String card) {
        List<Purchase> expected = status == TransactionStatus.CLEARED ? cleared
                : made(card).stream().filter(p -> !cleared.contains(p)).toList();
        JsonAnswer listed = JsonAnswer.of(world.last());
        assertThat(listed.getList("items.status", Integer.class)).as("statuses listed").containsOnly(status.code());
        assertThat(listed.getList("items.transId", String.class)).as("transIds listed as %s", status)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Purchase::transId).toList());
    }

    @Then("every fee's authRefNum matches a transaction of {card}")
    public void everyFeeMatchesATransaction(String card) {
        List<String> transactionRefs = list(card, Map.of()).getList("items.authRefNum", String.class);
        List<String> feeRefs = feeRefs();
        assertThat(feeRefs).as("fees of %s", card).isNotEmpty();
        assertThat(transactionRefs).as("authRefNums of the transactions of %s", card).containsAll(feeRefs);
    }

    @Then("the foreign purchase has a fee and the domestic one has none")
    public void foreignHasAFeeDomesticNone() {
        List<String> feeRefs = feeRefs();
        for (Purchase purchase : made(pagedCard)) {
            assertThat(feeRefs.contains(purchase.authRefNum()))
                    .as("a fee carries the authRefNum of the %s purchase", purchase.foreign() ? "foreign" : "domestic")
                    .isEqualTo(purchase.foreign());
        }
    }

    private void spend(String card, Map.Entry<String, String> purchase, boolean foreign) {
        Response spent = world.remember(world.api().staging().spend(world.card(card), purchase.getKey(),
                purchase.getValue(), foreign));
        assertThat(spent.statusCode()).as("staging spend status").isEqualTo(200);
        made(card).add(new Purchase(JsonAnswer.of(spent).getString("result.transId"),
                JsonAnswer.of(spent).getString("result.authRefNum"), foreign));
    }

    private void pageThrough(String card, int size, String list) {
        pagedCard = card;
        pageSize = size;
        pages.clear();
        int offset = 0;
        while (true) {
            Map<String, Object> query = Map.of("cardId", world.card(card), "limit", size, "offset", offset);
            Response page = world.remember("fees".equals(list) ? world.api().cards().fees(query)
                    : world.api().cards().transactions(query));
            assertThat(page.statusCode()).as("GET card %s status at offset %d", list, offset).isEqualTo(200);
            JsonAnswer json = JsonAnswer.of(page);
            pages.add(json);
            offset += json.getList("items").size();
            if (json.getList("items").isEmpty() || offset >= json.getInt("total")) {
                return;
            }
        }
    }

    private List<String> feeRefs() {
        List<String> refs = new ArrayList<>();
        pages.forEach(page -> refs.addAll(page.getList("items.authRefNum", String.class)));
        return refs;
    }

    private JsonAnswer list(String card, Map<String, Object> filter) {
        Map<String, Object> query = new LinkedHashMap<>(filter);
        query.put("cardId", world.card(card));
        query.put("limit", 200);
        Response r = world.api().cards().transactions(query);
        assertThat(r.statusCode()).as("GET card transactions status").isEqualTo(200);
        return JsonAnswer.of(r);
    }

    private static List<String> transIds(JsonAnswer list) {
        return list.getList("items.transId", String.class);
    }

    private List<Purchase> made(String card) {
        return purchases.computeIfAbsent(card, alias -> new ArrayList<>());
    }
}
