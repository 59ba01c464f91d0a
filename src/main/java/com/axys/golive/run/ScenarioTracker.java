package com.axys.golive.run;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.ledger.Transition;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The scenario being run right now (scenarios run one at a time), so every call is filed under it, and the
 * transitions the documented state machine does not allow that its calls showed, so the scenario can fail on them.
 */
public final class ScenarioTracker implements Supplier<ScenarioContext> {

    private volatile ScenarioContext current = ScenarioContext.NONE;
    private final List<Transition> undocumented = new CopyOnWriteArrayList<>();

    public void start(ScenarioContext scenario) {
        undocumented.clear();
        current = scenario;
    }

    public void finish() {
        current = ScenarioContext.NONE;
    }

    @Override
    public ScenarioContext get() {
        return current;
    }

    /** Notes a transition the current scenario's calls showed; an undocumented one is kept for the scenario. */
    public void observed(Transition transition) {
        if (!transition.allowed()) {
            undocumented.add(transition);
        }
    }

    /** The undocumented transitions seen since the current scenario started. */
    public List<Transition> undocumented() {
        return List.copyOf(undocumented);
    }
}
