package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.redaction.Markers;
import com.axys.golive.simulator.domain.ThreeDSecure;
import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The 3-D Secure OTP flow: a listener per card, a challenge, the OTP read with the listener's token. Token and code
 * are secrets: they stay in this object's memory, and every assertion on them is a boolean whose description names
 * the rule, never the value (failure messages reach consoles and reports that nobody redacts).
 */
public final class ThreeDSecureSteps {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    /** Long random values: a token shorter than this would be guessable. */
    private static final int MIN_TOKEN_LENGTH = 16;

    private final World world;
    private final EvidenceReader evidence;
    /** Listener tokens by card alias, as the docs advise ("store the token keyed by cardId"); never printed. */
    private final Map<String, String> tokens = new HashMap<>();
    /** The Program's OTP webhook, when the scenario runs one. */
    private WebhookReceiver receiver;

    public ThreeDSecureSteps(World world) {
        this.world = world;
        this.evidence = new EvidenceReader(world);
    }

    @When("an OTP listener is set up for {card}")
    public void listenerIsSetUp(String card) {
        Response r = world.remember(world.api().otp().listenForCard(world.card(card)));
        if (r.statusCode() == 200) {
            tokens.put(card, JsonAnswer.of(r).getString("token"));
        }
    }

    @Given("an OTP listener has been set up for {card}")
    public void listenerHasBeenSetUp(String card) {
        listenerIsSetUp(card);
        assertThat(world.last().statusCode()).as("OTP listener status").isEqualTo(200);
    }

    @Then("a listener token is returned, kept in memory only, and the listener does not expire")
    public void aTokenIsReturned() {
        JsonAnswer answer = JsonAnswer.of(world.last());
        String token = answer.getString("token");
        assertThat(token != null && token.length() >= MIN_TOKEN_LENGTH)
                .as("the answer holds a token of at least %d characters", MIN_TOKEN_LENGTH).isTrue();
        assertThat(answer.asMap().containsKey("expiresAt") && answer.get("expiresAt") == null)
                .as("the answer's expiresAt is present and null, as documented").isTrue();
    }

    @Given("an OTP listener with a webhook to the Program's receiver has been set up for {card}")
    public void listenerWithWebhook(String card) {
        var simulator = world.session().simulator().orElseThrow(() -> new IllegalStateException("the webhook"
                + " receiver runs beside the embedded simulator only; tag the scenario @simulator-only"));
        receiver = new WebhookReceiver(simulator.pki().serverKeystore(), simulator.pki().storePassword());
        Response r = world.remember(world.api().otp().listen(Map.of("cardId", world.card(card), "webhookUrl",
                receiver.url())));
        assertThat(r.statusCode()).as("OTP listener (with webhookUrl) status").isEqualTo(200);
        tokens.put(card, JsonAnswer.of(r).getString("token"));
    }

    @Then("the Program's receiver is called with {card}'s id only, never the code")
    public void receiverCalledWithCardIdOnly(String card) throws Exception {
        List<String> bodies = receiver.received(java.time.Duration.ofSeconds(10));
        assertThat(bodies).as("webhook calls received").hasSize(1);
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bodies.get(0));
        assertThat(body.size() == 1 && body.path("cardId").asLong() == world.card(card))
                .as("the webhook body is {cardId} of %s and nothing else", card).isTrue();
        var delivered = world.simulatorControl().webhookDeliveries();
        assertThat(delivered).as("the simulator's record of the callback").hasSize(1);
        assertThat(delivered.get(0).delivered()).as(delivered.get(0).outcome()).isTrue();
    }

    @io.cucumber.java.After
    public void closeReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Given("a purchase on {card} has been challenged by 3-D Secure")
    public void purchaseChallenged(String card) {
        Response r = world.remember(world.api().staging().challengeOtp(world.card(card)));
        assertThat(r.statusCode()).as("staging 3-D Secure challenge status").isEqualTo(200);
    }

    @Given("the OTP's validity has run out")
    public void validityHasRunOut() {
        world.simulatorControl().clock().advance(ThreeDSecure.OTP_LIFETIME.plusSeconds(1));
    }

    @When("the OTP for {card} is read")
    public void otpIsRead(String card) {
        String token = tokens.get(card);
        if (token == null) {
            throw new IllegalStateException("no OTP listener was set up for " + card + " in this scenario; a step "
                    + "'an OTP listener has been set up for " + card + "' must come first");
        }
        world.remember(world.api().otp().read(token));
    }

    @Then("the OTP is waiting, with no code yet")
    public void otpIsWaiting() {
        assertState("waiting");
        assertThat(JsonAnswer.of(world.last()).getString("code") == null).as("the waiting OTP shows no code").isTrue();
    }

    @Then("the OTP is received: six digits, valid until a time still to come")
    public void otpIsReceived() {
        assertState("received");
        JsonAnswer otp = JsonAnswer.of(world.last());
        String code = otp.getString("code");
        assertThat(code != null && SIX_DIGITS.matcher(code).matches()).as("the OTP code is six digits").isTrue();
        Long expiresAt = otp.getObject("expiresAt", Long.class);
        long now = world.targetClock().instant().getEpochSecond();
        assertThat(expiresAt).as("the OTP's expiresAt (Unix seconds)").isNotNull().isGreaterThan(now);
    }

    @Then("the OTP reads as expired, with no code")
    public void otpIsExpired() {
        assertState("expired");
        assertThat(JsonAnswer.of(world.last()).getString("code") == null).as("the expired OTP shows no code").isTrue();
    }

    @Then("the evidence shows the OTP only as the redaction marker")
    public void evidenceShowsOnlyTheMarker() {
        String code = JsonAnswer.of(world.last()).getString("code");
        assertThat(code != null && SIX_DIGITS.matcher(code).matches()).as("the last call returned a six-digit OTP")
                .isTrue();
        // As a JSON value, also escaped inside another document (an Allure attachment), anywhere in the bundle.
        Pattern asField = Pattern.compile("\\\\{0,3}\"code\\\\{0,3}\"\\s*:\\s*\\\\{0,3}\"" + code);
        List<Path> files = evidence.files();
        assertThat(files).as("evidence files of this run").isNotEmpty();
        for (Path file : files) {
            assertThat(asField.matcher(EvidenceReader.read(file)).find())
                    .as("%s holds the OTP as a code field", file.getFileName()).isFalse();
        }
        // Anywhere at all in this scenario's call records, as a number of its own.
        Pattern standalone = Pattern.compile("(?<!\\d)" + code + "(?!\\d)");
        List<JsonNode> calls = evidence.callsOfThisScenario();
        assertThat(calls.stream().noneMatch(call -> standalone.matcher(call.toString()).find()))
                .as("this scenario's call records are free of the OTP").isTrue();
        assertThat(calls.stream().filter(call -> call.path("operationId").asText().equals("getOtp"))
                .anyMatch(call -> call.at("/response/body/code").asText().equals(Markers.of("otp"))))
                .as("this scenario's OTP read is recorded with %s in place of the code", Markers.of("otp")).isTrue();
    }

    private void assertState(String expected) {
        Response r = world.last();
        assertThat(r.statusCode()).as("GET OTP status").isEqualTo(200);
        assertThat(JsonAnswer.of(r).getString("status")).as("the OTP's state").isEqualTo(expected);
    }
}
