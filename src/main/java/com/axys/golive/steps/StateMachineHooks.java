package com.axys.golive.steps;

import com.axys.golive.ledger.Transition;
import io.cucumber.java.After;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario whose calls showed a move the documented state machine does not allow fails, whatever its steps
 * checked: the integration would meet the same move on staging, and the auditor must see it as a failure, not as a
 * row in a table.
 */
public final class StateMachineHooks {

    private final World world;

    public StateMachineHooks(World world) {
        this.world = world;
    }

    @After(order = 5000)
    public void noUndocumentedTransition() {
        List<Transition> seen = world.session().tracker().undocumented();
        if (!seen.isEmpty()) {
            throw new AssertionError("the target showed " + (seen.size() == 1 ? "a move" : seen.size() + " moves")
                    + " the documented state machine does not allow: " + seen.stream()
                    .map(t -> t.entity() + " " + t.id() + " " + t.rule().replaceFirst("^UNDOCUMENTED: ", "")
                            .replace(" is not in the documented state machine (", " (").replaceFirst("\\)$", "")
                            + "; call " + t.callSeq() + ")")
                    .collect(Collectors.joining("; "))
                    + "; see transitions.jsonl, and ask Axys whether the target or the documentation is wrong");
        }
    }
}
