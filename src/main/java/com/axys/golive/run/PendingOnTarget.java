package com.axys.golive.run;

import io.cucumber.core.backend.Pending;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A scenario whose outcome the target has not produced yet when the run's wait budget ran out: a KYC review still
 * under way, money not cleared. It is neither passed nor failed: Cucumber reports it as pending, the evidence files
 * it as {@code pending-on-target} with what it waited for, since when and the ids of the entities it left, so a later
 * run (or a person) can pick them up.
 */
@Pending
public final class PendingOnTarget extends RuntimeException {

    /** The status a scenario ended with when one of its waits ran out of budget, as the evidence files it. */
    public static final String STATUS = "pending-on-target";

    private final String what;
    private final String summary;
    private final Instant since;
    private final Map<String, ?> entities;

    public PendingOnTarget(String what, Instant since, Map<String, ?> entities, Object lastSeen, int probes,
                           Duration budget) {
        this(what, since, entities, lastSeen, probes, budget, "--max-wait");
    }

    /** As above, for a wait whose budget an option other than {@code --max-wait} sets ({@code --review-wait}). */
    public PendingOnTarget(String what, Instant since, Map<String, ?> entities, Object lastSeen, int probes,
                           Duration budget, String budgetOption) {
        super("pending on the target: " + what + " (waiting since " + since + "; " + probes + " poll"
                + (probes == 1 ? "" : "s") + ", last seen " + lastSeen + "; entities "
                + entities.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + "): the run's wait budget (" + budgetOption + ", "
                + budget.toSeconds() + " s) could not cover the next poll; not passed, not failed", null, false,
                false);
        this.what = what;
        this.summary = "waiting for " + what + "; last seen " + lastSeen + "; "
                + entities.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        this.since = since;
        this.entities = Map.copyOf(entities);
    }

    public String what() {
        return what;
    }

    /** One short line for the console: what it waits for, what it last saw, the entity ids. */
    public String summary() {
        return summary;
    }

    public Instant since() {
        return since;
    }

    public Map<String, ?> entities() {
        return entities;
    }

    /** Whether {@code t} (or anything that caused it) is a wait that ran out of budget. */
    public static boolean is(Throwable t) {
        return of(t).isPresent();
    }

    /** The wait that ran out of budget behind {@code t}, if that is what ended the scenario. */
    public static java.util.Optional<PendingOnTarget> of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PendingOnTarget p) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
