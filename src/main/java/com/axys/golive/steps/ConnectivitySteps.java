package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The auth test: both factors, the list envelope, and the status a call ends with. */
public final class ConnectivitySteps {

    private final World world;

    public ConnectivitySteps(World world) {
        this.world = world;
    }

    @When("the Program lists its cardholders")
    public void theProgramListsItsCardholders() {
        world.remember(world.api().cardholders().list(Map.of()));
    }

    /**
     * The HTTP status, and an envelope {@code status} that is {@code "success"} when present: the documented
     * bank-registration answer {@code {depositId, statusText}} carries none, and the contract accepts it. Any other
     * value present ({@code "error"} above all) fails.
     */
    @Then("the call succeeds with status {int}")
    public void theCallSucceedsWithStatus(int status) {
        assertThat(world.last().statusCode()).as("HTTP status of the last call").isEqualTo(status);
        String envelope = JsonAnswer.of(world.last()).getString("status");
        if (envelope != null) {
            assertThat(envelope).as("envelope status (absent, or \"success\")").isEqualTo("success");
        }
    }

    @Then("the call is refused with status {int}")
    public void theCallIsRefusedWithStatus(int status) {
        assertThat(world.last().statusCode()).as("HTTP status of the last call").isEqualTo(status);
        assertThat(JsonAnswer.of(world.last()).getString("status")).as("envelope status").isEqualTo("error");
    }

    @Then("the answer is a list envelope with limit {int} and offset {int}")
    public void theAnswerIsAListEnvelope(int limit, int offset) {
        var json = JsonAnswer.of(world.last());
        assertThat(json.getList("items")).as("items").isNotNull();
        assertThat(json.getInt("total")).as("total counts every match").isGreaterThanOrEqualTo(
                json.getList("items").size());
        assertThat(json.getInt("limit")).as("limit").isEqualTo(limit);
        assertThat(json.getInt("offset")).as("offset").isEqualTo(offset);
    }
}
