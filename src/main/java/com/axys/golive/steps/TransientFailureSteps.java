package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.client.Retries;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/**
 * Faults the embedded simulator injects ({@code @simulator-only}) and how the client answers them: reads retried
 * after Retry-After or backoff, writes never repeated blindly. The two-cause 403 is {@link IpRefusalSteps}.
 */
public final class TransientFailureSteps {

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
}
