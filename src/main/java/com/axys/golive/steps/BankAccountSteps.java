package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/**
 * Registering the bank account a cardholder's transfers will come from. Only the registration call and its pending
 * answer can be tested: the cardholder confirms by replying to an SMS, which no API call can do.
 */
public final class BankAccountSteps {

    private final World world;

    public BankAccountSteps(World world) {
        this.world = world;
    }

    @When("{word} registers a sending bank account")
    public void registersAccount(String persona) {
        world.remember(world.api().cardholders().registerBankAccount(world.cardholder(persona),
                Personas.bankAccount(persona)));
    }

    @When("{word} registers a sending bank account whose account number is one character too short")
    public void registersAccountWithShortNumber(String persona) {
        world.remember(world.api().negative().cardholders().registerBankAccount(world.cardholder(persona),
                Personas.bankAccountWithShortNumber(persona)));
    }

    @Then("the registration is pending the cardholder's confirmation")
    public void registrationIsPending() {
        Response registered = world.last();
        assertThat(registered.statusCode()).as("bank account registration status").isEqualTo(200);
        assertThat(JsonAnswer.of(registered).getString("statusText")).as("statusText").isEqualTo("pending");
        assertThat(JsonAnswer.of(registered).getLong("depositId")).as("depositId").isPositive();
    }
}
