package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import io.cucumber.java.en.Then;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a validation refusal (422) says: which fields broke which rule. */
public final class RefusalReasonSteps {

    private final World world;

    public RefusalReasonSteps(World world) {
        this.world = world;
    }

    @Then("the refusal names the field {word}")
    public void theRefusalNamesTheField(String field) {
        List<String> fields = JsonAnswer.of(world.last()).getList("errors.field", String.class);
        // Only the field names go into the assertion: a target's message or rule text may echo the refused value.
        assertThat(fields).as("fields named in the refusal's errors[]").contains(field);
    }
}
