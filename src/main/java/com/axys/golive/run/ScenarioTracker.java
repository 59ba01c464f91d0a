package com.axys.golive.run;

import com.axys.golive.capture.ScenarioContext;
import java.util.function.Supplier;

/** The scenario being run right now (scenarios run one at a time), so every call is filed under it. */
public final class ScenarioTracker implements Supplier<ScenarioContext> {

    private volatile ScenarioContext current = ScenarioContext.NONE;

    public void start(ScenarioContext scenario) {
        current = scenario;
    }

    public void finish() {
        current = ScenarioContext.NONE;
    }

    @Override
    public ScenarioContext get() {
        return current;
    }
}
