package com.axys.golive.steps;

import io.cucumber.java.After;

/**
 * A fault a scenario armed on the embedded simulator ends with the scenario, used up or not: "fail the next 5" that
 * meets one call and three retries leaves a 503 armed, which would otherwise answer the next scenario's first call.
 * Only scenarios that armed faults through {@link World#faults()} clear them, so overrides a test set up before the
 * run persist through scenarios that arm nothing.
 */
public final class FaultHooks {

    /**
     * Cucumber runs After hooks highest order first; at 20000 this one runs before every other After hook (default
     * 10000, {@link StateMachineHooks} 5000). A fault left armed is thus gone before any later hook could call the
     * target, and the clearing does not depend on a hook that fails the scenario.
     */
    static final int ORDER = 20_000;

    private final World world;

    public FaultHooks(World world) {
        this.world = world;
    }

    @After(order = ORDER)
    public void dropFaultsTheScenarioArmed() {
        if (world.faultsArmed()) {
            world.simulatorControl().clearOverrides();
        }
    }
}
