package com.axys.golive.steps;

import io.cucumber.java.After;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scenario that submits a cardholder to compliance against the sandbox guide's decline paths fails, whatever its
 * steps checked: after an Admin Decline seen anywhere in the run (never re-submitted), or after an Error with no
 * support ticket about it since (no blind retry). The rule reads the whole run's calls, so a cardholder declined in
 * one scenario and re-submitted in another is caught too.
 */
public final class DeclineHooks {

    private final EvidenceReader evidence;

    public DeclineHooks(World world) {
        this.evidence = new EvidenceReader(world);
    }

    @After(order = 5000)
    public void noResubmissionAgainstADeclinePath() {
        List<JsonNode> calls = evidence.callsOfTheRun();
        List<DeclineRules.Breach> breaches = DeclineRules.breaches(calls);
        if (breaches.isEmpty()) {
            return;
        }
        Set<Long> made = calls.stream().filter(evidence::ofThisScenario).map(call -> call.path("seq").asLong())
                .collect(Collectors.toSet());
        List<DeclineRules.Breach> mine = breaches.stream().filter(breach -> made.contains(breach.submitSeq()))
                .toList();
        if (!mine.isEmpty()) {
            throw new AssertionError(mine.stream().map(DeclineRules.Breach::toString)
                    .collect(Collectors.joining("; ")) + "; see calls.jsonl");
        }
    }
}
