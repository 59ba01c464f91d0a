package com.axys.golive.run;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.ledger.Transition;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private volatile Continuation continuation = Continuation.NONE;
    private volatile Map<String, JsonNode> resumed = Map.of();
    private final Map<String, JsonNode> carried = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /** This run continues {@code earlier}: a scenario it left pending resumes with what its steps carried. */
    public void continuing(Continuation earlier) {
        continuation = java.util.Objects.requireNonNull(earlier, "earlier");
    }

    public void start(ScenarioContext scenario) {
        undocumented.clear();
        faults.clear();
        carried.clear();
        resumed = continuation.take(scenario).orElse(Map.of());
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

    /**
     * What the earlier run's step carried under {@code key} for this scenario, when this run continues it: the step
     * adopts it instead of making the entity again.
     */
    public Optional<JsonNode> resumed(String key) {
        return Optional.ofNullable(resumed.get(key));
    }

    /** The run the current scenario continues, when the earlier run left it pending. */
    public Optional<String> continuedFrom() {
        return resumed.isEmpty() ? Optional.empty() : Optional.of(continuation.runId());
    }

    /**
     * Keeps what a step made (an entity id, the facts a later wait needs) under {@code key}: if the scenario ends
     * pending on the target, the evidence files it as the scenario's {@code resume}, for a later run to continue.
     */
    public void carry(String key, JsonNode value) {
        carried.put(key, value);
    }

    /** What the current scenario's steps carried so far, in order. */
    public Map<String, JsonNode> carried() {
        synchronized (carried) {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carried));
        }
    }

    /** The passing faults the current scenario's calls met, in order; a failed scenario names them as its cause. */
    public List<String> faults() {
        return List.copyOf(faults);
    }
}
