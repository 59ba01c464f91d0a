package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Escalation by support ticket: a blocking issue, and the declines the docs send to support (an admin decline, a
 * compliance decline the Program does not re-submit). What was escalated, and that nothing was re-submitted, is read
 * back from the run's call records: the claim is about what the evidence shows.
 */
public final class EscalationSteps {

    private final World world;
    private final EvidenceReader evidence;

    public EscalationSteps(World world) {
        this.world = world;
        this.evidence = new EvidenceReader(world);
    }

    @When("the Program raises a priority {int} support ticket about a blocking issue")
    public void raisesTicketAboutBlockingIssue(int priority) {
        world.remember(world.api().support().raise(Personas.supportTicket("Blocking issue during go-live testing",
                "A blocking issue stops the Program's go-live testing.", priority)));
    }

    @When("the Program raises a support ticket without a subject")
    public void raisesTicketWithoutSubject() {
        Map<String, Object> body = Personas.supportTicket("no subject", "A ticket sent without a subject.", 3);
        body.remove("subject");
        world.remember(world.api().negative().support().raise(body));
    }

    @When("the Program raises a support ticket about {word}'s {cardholderStatus}")
    public void raisesTicketAboutDecline(String persona, CardholderStatus outcome) {
        long id = world.cardholder(persona);
        Response seen = world.api().cardholders().get(id);
        assertThat(seen.statusCode()).as("GET cardholder status").isEqualTo(200);
        assertThat(CardholderStatus.of(JsonAnswer.of(seen).getInt("cardholder.status")))
                .as("%s's status when the Program escalates", persona).isEqualTo(outcome);
        world.remember(world.api().support().raise(Personas.declineTicket(id, outcome)));
    }

    @Then("the support ticket is accepted with a ticket number")
    public void ticketIsAccepted() {
        Response raised = world.last();
        assertThat(raised.statusCode()).as("support ticket status").isEqualTo(200);
        assertThat(JsonAnswer.of(raised).getLong("ticketId")).as("ticketId").isPositive();
    }

    @Then("the recorded calls show the ticket about {word} raised after the {cardholderStatus} was seen")
    public void ticketRaisedAfterTheDecline(String persona, CardholderStatus outcome) {
        long id = world.cardholder(persona);
        List<JsonNode> calls = evidence.callsOfTheRun();
        long seenAt = firstSeen(calls, id, outcome);
        assertThat(calls.stream().filter(call -> call.path("seq").asLong() > seenAt)
                .filter(call -> operation(call, "createSupportTicket") && call.path("status").asInt() == 200)
                .anyMatch(call -> call.at("/request/body/cardholderId").asLong() == id))
                .as("an accepted support ticket naming %s (cardholderId) recorded after call #%d, where %s was "
                        + "first seen in %s", persona, seenAt, persona, outcome).isTrue();
    }

    @Then("the recorded calls show no new compliance submission of {word} after the {cardholderStatus}")
    public void notSubmittedAgain(String persona, CardholderStatus outcome) {
        long id = world.cardholder(persona);
        List<JsonNode> calls = evidence.callsOfTheRun();
        long seenAt = firstSeen(calls, id, outcome);
        List<Long> resubmissions = calls.stream().filter(call -> call.path("seq").asLong() > seenAt)
                .filter(call -> call.path("method").asText().equals("PUT"))
                .filter(call -> call.path("path").asText().endsWith("/cardholders/" + id + "/kyc-submit"))
                .map(call -> call.path("seq").asLong()).toList();
        assertThat(resubmissions).as("kyc-submit calls for %s anywhere in the run after call #%d, where %s was first"
                + " seen in %s", persona, seenAt, persona, outcome).isEmpty();
    }

    @Then("the run's recorded calls show no cardholder submitted again after an Admin Decline, nor after an Error "
            + "without a ticket")
    public void noDeclineRuleBrokenInTheRun() {
        assertThat(DeclineRules.breaches(evidence.callsOfTheRun())).as("kyc-submit calls of the whole run that the "
                + "sandbox guide's decline paths forbid").isEmpty();
    }

    @Then("the recorded calls show {word} submitted again only after a support ticket about the {cardholderStatus}")
    public void resubmittedOnlyAfterATicket(String persona, CardholderStatus outcome) {
        long id = world.cardholder(persona);
        List<JsonNode> calls = evidence.callsOfTheRun();
        long seenAt = firstSeen(calls, id, outcome);
        OptionalLong submitted = calls.stream().filter(call -> call.path("seq").asLong() > seenAt)
                .filter(call -> call.path("method").asText().equals("PUT"))
                .filter(call -> call.path("path").asText().endsWith("/cardholders/" + id + "/kyc-submit"))
                .mapToLong(call -> call.path("seq").asLong()).min();
        assertThat(submitted.isPresent()).as("a kyc-submit of %s after call #%d", persona, seenAt).isTrue();
        assertThat(calls.stream().filter(call -> call.path("seq").asLong() > seenAt
                        && call.path("seq").asLong() < submitted.getAsLong())
                .filter(call -> operation(call, "createSupportTicket") && call.path("status").asInt() == 200)
                .anyMatch(call -> call.at("/request/body/cardholderId").asLong() == id))
                .as("an accepted support ticket about %s between call #%d (%s seen) and the re-submission in call "
                        + "#%d", persona, seenAt, outcome, submitted.getAsLong()).isTrue();
    }

    /** The seq of the first call of the run whose answer showed the cardholder in {@code outcome}. */
    private static long firstSeen(List<JsonNode> calls, long cardholderId, CardholderStatus outcome) {
        OptionalLong seen = calls.stream()
                .filter(call -> operation(call, "getCardholder") && call.path("status").asInt() == 200)
                .filter(call -> call.at("/response/body/cardholder/cardholderId").asLong() == cardholderId)
                .filter(call -> call.at("/response/body/cardholder/status").asInt(-1) == outcome.code())
                .mapToLong(call -> call.path("seq").asLong()).min();
        assertThat(seen.isPresent()).as("a recorded call of the run shows cardholder %d in %s", cardholderId,
                outcome).isTrue();
        return seen.getAsLong();
    }

    private static boolean operation(JsonNode call, String operationId) {
        return call.path("operationId").asText().equals(operationId);
    }
}
