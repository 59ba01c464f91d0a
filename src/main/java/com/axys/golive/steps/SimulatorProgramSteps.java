package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import com.axys.golive.client.StatusPoller;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.simulator.SimulatorControl;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the embedded simulator can be told: Program switches that live in Account Management, and review
 * outcomes the staging emulation engine produces only at random. Every step here belongs to a {@code @simulator-only}
 * scenario; the Program is restored after each scenario that changed it.
 */
public final class SimulatorProgramSteps {

    private final World world;
    private ProgramProfile before;

    public SimulatorProgramSteps(World world) {
        this.world = world;
    }

    @Given("the Program verifies cardholders through SumSub")
    public void programUsesSumsub() {
        change(control -> control.setSumsubEnabled(true));
    }

    @Given("the Program's default card design is still awaiting approval")
    public void defaultDesignNotApproved() {
        change(control -> {
            Set<Integer> approved = new HashSet<>(control.program().approvedDesignSlots());
            approved.remove(0);
            control.setApprovedDesignSlots(approved);
        });
    }

    @Given("{word}'s compliance review has ended in {cardholderStatus}")
    public void reviewHasEndedIn(String persona, CardholderStatus outcome) {
        long id = world.cardholder(persona);
        Response submitted = world.remember(world.api().cardholders().submitKyc(id));
        assertThat(submitted.statusCode()).as("kyc-submit status").isEqualTo(200);
        world.simulatorControl().forceKycOutcome(id, outcome.code());
        StatusPoller.Outcome<CardholderStatus> polled = world.session().poller().until(() -> {
            Response r = world.api().cardholders().get(id);
            assertThat(r.statusCode()).as("GET cardholder status").isEqualTo(200);
            return CardholderStatus.of(JsonAnswer.of(r).getInt("cardholder.status"));
        }, CardholderStatus.reachedOrReviewEnded(outcome));
        assertThat(polled.satisfied() && polled.last() == outcome)
                .as(CardholderStatus.pollResult(persona, outcome, polled.last(), polled.probes(), polled.waited()))
                .isTrue();
    }

    @After("@simulator-only")
    public void restoreProgram() {
        if (before != null) {
            world.simulatorControl().setProgram(before);
        }
    }

    private void change(Consumer<SimulatorControl> change) {
        SimulatorControl control = world.simulatorControl();
        if (before == null) {
            before = control.program();
        }
        change.accept(control);
    }
}
