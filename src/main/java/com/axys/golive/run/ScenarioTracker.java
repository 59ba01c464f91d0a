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
    private final List<String> faults = new CopyOnWriteArrayList<>();

    public void start(ScenarioContext scenario) {
        undocumented.clear();
        faults.clear();
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

    /**
     * Notes a call of the current scenario that met a passing fault (429, 5xx, a gateway page, or no answer), as
     * one line without bodies or headers: {@code POST /cardholders -> 504 gateway-timeout (call #12)}.
     */
    public void metFault(String call) {
        faults.add(call);
    }

    /** The passing faults the current scenario's calls met, in order; a failed scenario names them as its cause. */
    public List<String> faults() {
        return List.copyOf(faults);
    }
}
