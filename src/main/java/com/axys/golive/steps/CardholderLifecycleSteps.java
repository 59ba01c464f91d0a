package com.axys.golive.steps;

import com.axys.golive.client.StatusPoller;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cardholder's life around compliance: the approved cardholder that card features start from, rejected inputs,
 * re-submission and replacement KYC links, edits while the details are not locked, and the limited update.
 */
public final class CardholderLifecycleSteps {

    private final World world;
    private String originalAddressLine;
    private long newLimit;
    private String newEmail;

    public CardholderLifecycleSteps(World world) {
        this.world = world;
    }

    @Given("{word} is an approved cardholder")
    public void isAnApprovedCardholder(String persona) {
        reviewed(persona, "pass");
        pollUntil(persona, CardholderStatus.APPROVED);
    }

    @Given("{word} is under compliance review")
    public void isUnderComplianceReview(String persona) {
        underReview(persona);
    }

    @Given("{word} has been declined by the compliance review")
    public void hasBeenDeclined(String persona) {
        reviewed(persona, "fail");
        pollUntil(persona, CardholderStatus.COMPLIANCE_DECLINE);
    }

    /**
     * A cardholder created, submitted and given the staging review outcome {@code outcome}: made once, and adopted
     * by a run that continues the scenario (the review it waits for is the one this run started).
     */
    private void reviewed(String persona, String outcome) {
        Reviewed reviewed = world.carry("cardholder:" + persona + ":kyc-" + outcome, Reviewed.class, () -> {
            underReview(persona);
            Response validated = world.remember(world.api().staging().validateKyc(world.cardholder(persona),
                    outcome));
            assertThat(validated.statusCode()).as("staging KYC validation (" + outcome + ") status").isEqualTo(200);
            return new Reviewed(world.cardholder(persona), world.noted(linkKey(persona), String.class).orElse(null));
        });
        world.nameCardholder(persona, reviewed.cardholderId());
        world.note(linkKey(persona), reviewed.linkFingerprint());
    }

    /** A cardholder submitted for review: its id and its KYC link's fingerprint (never the link). */
    record Reviewed(long cardholderId, String linkFingerprint) { }

    @Given("{word} is a new cardholder to be verified through SumSub")
    public void isANewSumsubCardholder(String persona) {
        Map<String, Object> body = Personas.cardholder(persona, world.nextTestIdentity());
        body.put("sumsubEnabled", 1);
        Response created = world.remember(world.api().cardholders().create(body));
        assertThat(created.statusCode()).as("create cardholder (sumsubEnabled=1) status").isEqualTo(200);
        world.nameCardholder(persona, JsonAnswer.of(created).getLong("cardholderId"));
    }

    @When("the Program creates a cardholder for {word} whose {word} is {}")
    public void createsWithBrokenField(String persona, String field, String problem) {
        world.remember(world.api().negative().cardholders().create(
                Personas.cardholderWithBrokenField(persona, world.nextTestIdentity(), field, problem)));
    }

    @When("a replacement compliance link is requested for {word}")
    public void replacementLinkRequested(String persona) {
        world.remember(world.api().cardholders().refreshKycUrl(world.cardholder(persona)));
    }

    @Then("{word} gets a new compliance application link")
    public void getsANewLink(String persona) {
        Response refreshed = world.last();
        assertThat(refreshed.statusCode()).as("KYC link refresh status").isEqualTo(200);
        String link = JsonAnswer.of(refreshed).getString("applicationLink");
        String previous = world.noted(linkKey(persona), String.class).orElseThrow(() -> new IllegalStateException(
                "no earlier compliance link of " + persona + " in this scenario; submit " + persona + " first"));
        assertThat(link).as("replacement applicationLink").startsWith("https://");
        assertThat(linkPrint(link)).as("replacement applicationLink (by fingerprint)").isNotEqualTo(previous);
        world.note(linkKey(persona), linkPrint(link));
    }

    @When("{word}'s address is changed")
    public void addressIsChanged(String persona) {
        originalAddressLine = cardholder(persona).getString("cardholder.adrLine1");
        world.remember(world.api().cardholders().edit(world.cardholder(persona), Personas.addressChange()));
    }

    @Then("{word}'s cardholder record shows the new address")
    public void recordShowsNewAddress(String persona) {
        JsonAnswer holder = cardholder(persona);
        assertThat(holder.getString("cardholder.adrLine1")).as(persona + "'s adrLine1")
                .isEqualTo(Personas.NEW_ADDRESS_LINE);
        assertThat(holder.getString("cardholder.city")).as(persona + "'s city").isEqualTo(Personas.NEW_CITY);
    }

    @Then("{word}'s cardholder record still shows the original address")
    public void recordShowsOriginalAddress(String persona) {
        assertThat(cardholder(persona).getString("cardholder.adrLine1")).as(persona + "'s adrLine1 after a refused edit")
                .isEqualTo(originalAddressLine);
    }

    @When("{word}'s transaction limit and e-mail address are updated")
    public void limitAndEmailUpdated(String persona) {
        long current = cardholder(persona).getLong("cardholder.transactionLimit");
        newLimit = Math.max(1, current / 2);
        newEmail = Personas.updatedEmail(persona, world.nextTestIdentity());
        world.remember(world.api().cardholders().update(world.cardholder(persona),
                Map.of("transactionLimit", newLimit, "emailAdr", newEmail)));
    }

    @Then("{word}'s cardholder record shows the new limit and e-mail address")
    public void recordShowsNewLimitAndEmail(String persona) {
        JsonAnswer holder = cardholder(persona);
        assertThat(holder.getLong("cardholder.transactionLimit")).as(persona + "'s transactionLimit")
                .isEqualTo(newLimit);
        assertThat(holder.getString("cardholder.emailAdr")).as(persona + "'s emailAdr").isEqualTo(newEmail);
    }

    private void underReview(String persona) {
        Response created = world.remember(world.api().cardholders().create(
                Personas.cardholder(persona, world.nextTestIdentity())));
        assertThat(created.statusCode()).as("create cardholder status").isEqualTo(200);
        world.nameCardholder(persona, JsonAnswer.of(created).getLong("cardholderId"));
        Response submitted = world.remember(world.api().cardholders().submitKyc(world.cardholder(persona)));
        assertThat(submitted.statusCode()).as("kyc-submit status").isEqualTo(200);
        world.note(linkKey(persona), linkPrint(JsonAnswer.of(submitted).getString("applicationLink")));
    }

    private void pollUntil(String persona, CardholderStatus expected) {
        StatusPoller.Outcome<CardholderStatus> outcome = world.await(world.session().poller(),
                persona + "'s KYC review to reach " + expected, Map.of("cardholderId", world.cardholder(persona)),
                () -> CardholderStatus.of(cardholder(persona).getInt("cardholder.status")),
                CardholderStatus.reachedOrReviewEnded(expected));
        assertThat(outcome.satisfied() && outcome.last() == expected)
                .as(CardholderStatus.pollResult(persona, expected, outcome.last(), outcome.probes(), outcome.waited()))
                .isTrue();
    }

    /** GETs the cardholder (so the state ledger sees its status) and returns the body; the call is not remembered. */
    private JsonAnswer cardholder(String persona) {
        Response r = world.api().cardholders().get(world.cardholder(persona));
        assertThat(r.statusCode()).as("GET cardholder status").isEqualTo(200);
        return JsonAnswer.of(r);
    }

    /** The KYC link's fingerprint: see {@link KycLinkPrint}. */
    private static String linkPrint(String link) {
        return KycLinkPrint.of(link);
    }

    private static String linkKey(String persona) {
        return "applicationLink:" + persona;
    }
}
