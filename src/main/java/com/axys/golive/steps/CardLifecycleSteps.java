package com.axys.golive.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operating an issued card: activation, block and unblock, settings (alias, limit) and PIN changes. Card number,
 * CVV, expiry and PINs are read from the card's details into local variables, sent, and dropped: they never reach a
 * step text, an assertion message or the World.
 */
public final class CardLifecycleSteps {

    private static final int ACTIVE = 1;
    private static final int ON_HOLD = 2;

    private final World world;
    /** PINs set in this scenario, by card alias: in memory for the next step only. */
    private final Map<String, String> pins = new HashMap<>();
    private String newAlias;
    private long limitBefore;
    private long newLimit;

    public CardLifecycleSteps(World world) {
        this.world = world;
    }

    @When("{card} is activated with its own details and a new PIN")
    public void isActivated(String card) {
        world.remember(activate(card, false));
    }

    @Given("{card} has been activated")
    public void hasBeenActivated(String card) {
        assertThat(activate(card, false).statusCode()).as("activation status").isEqualTo(200);
    }

    @When("{card} is activated with a wrong security code")
    public void isActivatedWithWrongCvv(String card) {
        world.remember(activate(card, true));
    }

    @When("{card} is blocked")
    public void isBlocked(String card) {
        world.remember(world.api().cards().setStatus(world.card(card), ON_HOLD));
    }

    @Given("{card} has been blocked")
    public void hasBeenBlocked(String card) {
        assertThat(world.api().cards().setStatus(world.card(card), ON_HOLD).statusCode()).as("block status")
                .isEqualTo(200);
    }

    @When("{card} is unblocked")
    public void isUnblocked(String card) {
        world.remember(world.api().cards().setStatus(world.card(card), ACTIVE));
    }

    @When("{card} is given a new alias and a lower limit")
    public void newAliasAndLowerLimit(String card) {
        limitBefore = currentLimit(card);
        newAlias = card.replace("'s", "") + " renamed";
        newLimit = Math.max(1, limitBefore / 2);
        world.remember(world.api().cards().update(world.card(card),
                Map.of("alias", newAlias, "transactionLimit", newLimit)));
    }

    @Then("{card} shows its new alias and limit")
    public void showsNewAliasAndLimit(String card) {
        JsonAnswer shown = get(card);
        assertThat(shown.getString("alias")).as(card + "'s alias").isEqualTo(newAlias);
        assertThat(shown.getLong("transactionLimit")).as(card + "'s transactionLimit").isEqualTo(newLimit);
    }

    @When("the limit of {card} is set above {word}'s own limit")
    public void limitAboveCardholders(String card, String persona) {
        limitBefore = currentLimit(card);
        Response holder = world.api().cardholders().get(world.cardholder(persona));
        assertThat(holder.statusCode()).as("GET cardholder status").isEqualTo(200);
        Long holderLimit = JsonAnswer.of(holder).getObject("cardholder.transactionLimit", Long.class);
        assertThat(holderLimit).as(persona + "'s transactionLimit (needed to go above it)").isNotNull();
        world.remember(world.api().cards().update(world.card(card), Map.of("transactionLimit", holderLimit + 1)));
    }

    @Then("{card} keeps its limit")
    public void keepsItsLimit(String card) {
        assertThat(currentLimit(card)).as(card + "'s transactionLimit after a refused update").isEqualTo(limitBefore);
    }

    @When("the PIN of {card} is changed from its default")
    public void pinChangedFromDefault(String card) {
        String defaultPin = lastFourOfNumber(card);
        String newPin = otherPin(defaultPin);
        world.remember(world.api().cards().changePin(world.card(card), pinChange(defaultPin, newPin)));
        pins.put(card, newPin);
    }

    @Then("the new PIN of {card} is accepted as its current PIN")
    public void newPinIsCurrent(String card) {
        String current = pins.get(card);
        assertThat(current != null).as("a PIN was changed earlier in this scenario").isTrue();
        Response again = world.api().cards().changePin(world.card(card), pinChange(current, otherPin(current)));
        assertThat(again.statusCode()).as("PIN change with the new PIN as the current one").isEqualTo(200);
    }

    @When("the PIN of {card} is changed to a three-digit PIN")
    public void pinChangedToThreeDigits(String card) {
        String defaultPin = lastFourOfNumber(card);
        world.remember(world.api().negative().cards().changePin(world.card(card),
                pinChange(defaultPin, otherPin(defaultPin).substring(1))));
    }

    @When("the PIN of {card} is changed with a wrong current PIN")
    public void pinChangedWithWrongCurrentPin(String card) {
        String wrong = otherPin(lastFourOfNumber(card));
        world.remember(world.api().cards().changePin(world.card(card), pinChange(wrong, otherPin(wrong))));
    }

    private Response activate(String card, boolean wrongCvv) {
        long id = world.card(card);
        JsonAnswer details = details(id);
        String cvv = details.getString("cvv");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cardNumber", details.getString("cardNumber"));
        body.put("expMonth", details.getString("expMonth"));
        body.put("expYear", details.getString("expYear"));
        body.put("cvv", wrongCvv ? otherPin(cvv) : cvv);
        body.put("newPin", otherPin(lastFour(details.getString("cardNumber"))));
        return world.api().cards().activate(id, body);
    }

    private String lastFourOfNumber(String card) {
        return lastFour(details(world.card(card)).getString("cardNumber"));
    }

    /** GET /cards/{id}/details, kept in memory: the caller reads what it needs into locals. */
    private JsonAnswer details(long cardId) {
        Response r = world.api().cards().details(cardId);
        assertThat(r.statusCode()).as("GET card details status").isEqualTo(200);
        return JsonAnswer.of(r);
    }

    private JsonAnswer get(String card) {
        Response r = world.api().cards().get(world.card(card));
        assertThat(r.statusCode()).as("GET card status").isEqualTo(200);
        return JsonAnswer.of(r);
    }

    private long currentLimit(String card) {
        Long limit = get(card).getObject("transactionLimit", Long.class);
        assertThat(limit).as(card + "'s transactionLimit").isNotNull();
        return limit;
    }

    private static Map<String, String> pinChange(String oldPin, String newPin) {
        return Map.of("oldPin", oldPin, "newPin", newPin);
    }

    private static String lastFour(String number) {
        return number.substring(number.length() - 4);
    }

    /** Another value of the same length (a PIN, a CVV): every digit moved on by one, so never the input. */
    private static String otherPin(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append((char) ('0' + (c - '0' + 1) % 10));
        }
        return out.toString();
    }
}
