package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import com.axys.golive.client.StatusPoller;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cardholder creation, compliance submission and the status polling loop. */
public final class CardholderSteps {

    private final World world;

    public CardholderSteps(World world) {
        this.world = world;
    }

    @Given("{word} is a new cardholder with all required details")
    public void isANewCardholder(String persona) {
        Response created = world.remember(world.api().cardholders().create(
                Personas.cardholder(persona, world.nextTestIdentity())));
        assertThat(created.statusCode()).as("create cardholder status").isEqualTo(200);
        long id = JsonAnswer.of(created).getLong("cardholderId");
        assertThat(id).as("cardholderId").isPositive();
        world.nameCardholder(persona, id);
    }

    @When("{word} is submitted to compliance")
    public void isSubmittedToCompliance(String persona) {
        world.remember(world.api().cardholders().submitKyc(world.cardholder(persona)));
    }

    @Then("a compliance application link is returned")
    public void aComplianceApplicationLinkIsReturned() {
        assertThat(world.last().statusCode()).as("kyc-submit status").isEqualTo(200);
        assertThat(JsonAnswer.of(world.last()).getString("applicationLink")).as("applicationLink")
                .startsWith("https://");
    }

    @When("the compliance review approves {word}")
    public void theComplianceReviewApproves(String persona) {
        Response r = world.remember(world.api().staging().validateKyc(world.cardholder(persona), "pass"));
        assertThat(r.statusCode()).as("staging KYC validation status").isEqualTo(200);
    }

    @When("the compliance review declines {word}")
    public void theComplianceReviewDeclines(String persona) {
        Response r = world.remember(world.api().staging().validateKyc(world.cardholder(persona), "fail"));
        assertThat(r.statusCode()).as("staging KYC validation status").isEqualTo(200);
    }

    @Then("{word}'s cardholder status is {cardholderStatus}")
    public void cardholderStatusIs(String persona, CardholderStatus expected) {
        assertThat(currentStatus(persona)).as(persona + "'s cardholder status").isEqualTo(expected);
    }

    @Then("polling {word}'s status reaches {cardholderStatus} within the review deadline")
    public void pollingReaches(String persona, CardholderStatus expected) {
        StatusPoller.Outcome<CardholderStatus> outcome = world.await(world.session().poller(),
                persona + "'s KYC review to reach " + expected, Map.of("cardholderId", world.cardholder(persona)),
                () -> currentStatus(persona), CardholderStatus.reachedOrReviewEnded(expected));
        world.note("polls", outcome.probes());
        assertThat(outcome.satisfied() && outcome.last() == expected)
                .as(CardholderStatus.pollResult(persona, expected, outcome.last(), outcome.probes(), outcome.waited()))
                .isTrue();
    }

    private CardholderStatus currentStatus(String persona) {
        Response r = world.remember(world.api().cardholders().get(world.cardholder(persona)));
        assertThat(r.statusCode()).as("GET cardholder status").isEqualTo(200);
        return CardholderStatus.of(JsonAnswer.of(r).getInt("cardholder.status"));
    }
}
