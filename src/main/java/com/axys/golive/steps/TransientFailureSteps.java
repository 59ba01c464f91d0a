package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.client.Retries;
import com.axys.golive.evidence.EvidenceFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * Faults the embedded simulator injects ({@code @simulator-only}) and how the client answers them: reads retried
 * after Retry-After or backoff, writes never repeated blindly, the two-cause 403 filed with both causes.
 */
public final class TransientFailureSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final World world;

    public TransientFailureSteps(World world) {
        this.world = world;
    }

    @Given("Axys rate-limits the next {int} {operation}")
    public void axysRateLimits(int count, String operationId) {
        world.faults().failNext(operationId, count, 429);
    }

    @Given("Axys fails the next {int} {operation} with status {int}")
    public void axysFails(int count, String operationId, int status) {
        world.faults().failNext(operationId, count, status);
    }

    @Given("Axys resets the connection of the next {operation}")
    public void axysResets(String operationId) {
        world.faults().loseNextAnswer(operationId, com.axys.golive.simulator.wiremock.LostAnswer.CONNECTION_RESET);
    }

    @Given("Axys refuses the next {int} {operation} as coming from an unauthorised IP")
    public void axysRefusesTheIp(int count, String operationId) {
        world.faults().failNext(operationId, count, 403);
    }

    @When("the Program submits a new cardholder for {word}")
    public void submitsANewCardholder(String persona) {
        world.remember(world.api().cardholders().create(Personas.cardholder(persona, world.nextTestIdentity())));
    }

    @Then("the read was retried {int} time(s)")
    public void theReadWasRetried(int times) {
        assertThat(world.retriesInScenario()).as("retries in this scenario").hasSize(times)
                .allMatch(d -> d.method().equals("GET"));
    }

    @Then("the read was retried {int} time(s) after waiting {int} second(s) each time")
    public void theReadWasRetriedAfterWaiting(int times, int seconds) {
        theReadWasRetried(times);
        assertThat(world.retriesInScenario()).extracting(Retries.Decision::waited)
                .containsOnly(Duration.ofSeconds(seconds));
    }

    @Then("nothing was sent again")
    public void nothingWasSentAgain() {
        assertThat(world.retriesInScenario()).as("retries in this scenario").isEmpty();
    }

    @Then("the error log files it as the allowlist-or-FCrDNS refusal with the checks for both causes")
    public void theErrorLogFilesBothCauses() {
        JsonNode last = lastErrorRecord();
        assertThat(last.path("status").asInt()).isEqualTo(403);
        assertThat(last.path("message").asText()).isEqualTo("No Authorised IPs configured");
        assertThat(last.path("classification").asText()).isEqualTo("ip-allowlist-or-fcrdns");
        assertThat(last.path("action").asText()).contains("allowlist").contains("FCrDNS").contains("dig");
    }

    private JsonNode lastErrorRecord() {
        try {
            List<String> lines = Files.readAllLines(world.session().evidence().dir().resolve(EvidenceFiles.ERRORS));
            assertThat(lines).as("errors.jsonl records").isNotEmpty();
            return JSON.readTree(lines.get(lines.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
