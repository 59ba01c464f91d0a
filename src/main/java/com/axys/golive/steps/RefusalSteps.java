package com.axys.golive.steps;

import io.cucumber.java.en.When;
import java.util.Map;

/** Calls the target must refuse: missing or wrong API key, unknown ids, malformed or invalid input. */
public final class RefusalSteps {

    private final World world;

    public RefusalSteps(World world) {
        this.world = world;
    }

    @When("the Program lists its cardholders without an API key")
    public void listsWithoutApiKey() {
        world.remember(world.api().withoutApiKey().cardholders().list(Map.of()));
    }

    @When("the Program lists its cardholders with a wrong API key")
    public void listsWithWrongApiKey() {
        world.remember(world.api().withApiKey("wrong-key-from-the-golive-harness").cardholders().list(Map.of()));
    }

    @When("the Program looks up a cardholder that does not exist")
    public void looksUpUnknownCardholder() {
        world.remember(world.api().cardholders().get(999_999_999L));
    }

    @When("the Program sends a new cardholder that is not valid JSON")
    public void sendsMalformedJson() {
        world.remember(world.api().negative().cardholders().create("{\"firstName\": \"Jordan\", "));
    }

    @When("the Program creates a cardholder for {word} without a first name")
    public void createsWithoutFirstName(String persona) {
        var body = Personas.cardholder(persona, world.nextTestIdentity());
        body.remove("firstName");
        world.remember(world.api().negative().cardholders().create(body));
    }
}
