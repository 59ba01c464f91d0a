package com.axys.golive.steps;

import io.cucumber.java.Before;
import org.opentest4j.TestAbortedException;

/**
 * After a run-wide stop (the target refused the run's API key, or turned out to be production under another name)
 * no further scenario starts: each is reported skipped with the stop's reason, and no call is attempted.
 */
public final class RunStopHooks {

    private final World world;

    public RunStopHooks(World world) {
        this.world = world;
    }

    @Before(order = 0)
    public void notAfterARunWideStop() {
        world.session().gate().reason().ifPresent(why -> {
            throw new TestAbortedException("not started: the run was stopped: " + why.getMessage());
        });
    }
}
