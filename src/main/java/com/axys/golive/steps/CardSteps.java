package com.axys.golive.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Issuing cards, and reading them back: status, masked number, deposit addresses, the list by cardholder. */
public final class CardSteps {

    /** Each chain's documented address shape (reference §8.13). */
    private static final Map<String, Pattern> ADDRESS_FORMATS = Map.of(
            "evm", Pattern.compile("^0x[0-9a-fA-F]{40}$"),
            "bitcoin", Pattern.compile("^bc1[02-9ac-hj-np-z]{8,87}$"),
            "solana", Pattern.compile("^[1-9A-HJ-NP-Za-km-z]{32,44}$"));
    private static final Pattern MASKED_NUMBER = Pattern.compile("^\\*{12}\\d{4}$");

    private final World world;

    public CardSteps(World world) {
        this.world = world;
    }

    @When("{word} is issued a virtual card")
    public void isIssuedAVirtualCard(String persona) {
        issue(persona, "virtual");
    }

    @When("{word} is issued a physical card")
    public void isIssuedAPhysicalCard(String persona) {
        issue(persona, "physical");
    }

    @Given("{word} has a virtual card")
    public void hasAVirtualCard(String persona) {
        has(persona, "virtual");
    }

    @Given("{word} has a physical card")
    public void hasAPhysicalCard(String persona) {
        has(persona, "physical");
    }

    /** A card issued once, and adopted by a run that continues the scenario. */
    private void has(String persona, String kind) {
        long id = world.carry("card:" + persona + ":" + kind, Long.class, () -> {
            Response r = issue(persona, kind);
            assertThat(r.statusCode()).as(kind + " card issuance status").isEqualTo(200);
            return JsonAnswer.of(r).getLong("cardId");
        });
        world.nameCard(persona + "'s " + kind + " card", id);
    }

    @When("{card} is looked up")
    public void isLookedUp(String card) {
        world.remember(world.api().cards().get(world.card(card)));
    }

    @When("the Program looks up a card that does not exist")
    public void looksUpUnknownCard() {
        world.remember(world.api().cards().get(999_999_999L));
    }

    @When("the Program lists {word}'s cards")
    public void listsCardsOf(String persona) {
        world.remember(world.api().cards().list(Map.of("cardholderId", world.cardholder(persona))));
    }

    @Then("{card} is (still ){issuerCardStatus}")
    public void cardIs(String card, IssuerCardStatus expected) {
        Response r = world.api().cards().get(world.card(card));
        assertThat(r.statusCode()).as("GET card status").isEqualTo(200);
        assertThat(IssuerCardStatus.of(JsonAnswer.of(r).getInt("issuerCardStatus"))).as(card + "'s issuerCardStatus")
                .isEqualTo(expected);
    }

    @Then("the number of {card} is shown masked to its last four digits")
    public void numberIsMasked(String card) {
        Response r = world.api().cards().get(world.card(card));
        assertThat(r.statusCode()).as("GET card status").isEqualTo(200);
        assertThat(JsonAnswer.of(r).getString("maskedCardNumber")).as(card + "'s maskedCardNumber")
                .matches(MASKED_NUMBER);
    }

    @Then("the card shown has an evm, a bitcoin and a solana deposit address, each in its chain's format")
    public void hasDepositAddresses() {
        List<Map<String, String>> addresses = JsonAnswer.of(world.last()).getList("cryptoAddresses");
        assertThat(addresses).as("cryptoAddresses of the card shown").isNotNull();
        ADDRESS_FORMATS.forEach((chain, format) -> assertThat(addresses)
                .as("a %s deposit address matching %s", chain, format)
                .anySatisfy(a -> {
                    assertThat(a.get("chain")).isEqualTo(chain);
                    assertThat(a.get("address")).matches(format);
                }));
    }

    @Then("the list contains {card}, and only cards of {word}")
    public void listContains(String card, String persona) {
        JsonAnswer list = JsonAnswer.of(world.last());
        assertThat(list.getList("items.cardId", Long.class)).as("cardIds listed").contains(world.card(card));
        assertThat(list.getList("items.cardholderId", Long.class)).as("cardholderIds listed")
                .containsOnly(world.cardholder(persona));
    }

    private Response issue(String persona, String kind) {
        long holder = world.cardholder(persona);
        Response r = world.remember("virtual".equals(kind)
                ? world.api().cards().issueVirtual(holder, Personas.virtualCard(persona))
                : world.api().cards().issuePhysical(holder, Personas.physicalCard(persona)));
        if (r.statusCode() == 200) {
            world.nameCard(persona + "'s " + kind + " card", JsonAnswer.of(r).getLong("cardId"));
        }
        return r;
    }
}
