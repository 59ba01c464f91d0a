package com.axys.golive.runner;

import com.axys.golive.config.Capability;
import com.axys.golive.config.HarnessConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Which scenarios a run may execute: the user's own expression, within the run's rules. Scenarios for Program
 * features the Program does not have ({@code @if:<feature>}) and work in progress never run; on a real target
 * neither do {@code @simulator-only} scenarios, the Phase 3 scenarios ({@code @verify-production}: only
 * {@code golive verify-production} runs them) and, unless {@code --raise-tickets} asks for them, the scenarios that
 * open a real support ticket ({@code @raises-ticket}); on production only {@code @production-safe} scenarios run.
 * What the user typed cannot widen any of this: see {@link TagSelection}.
 */
public final class TagPolicy {

    public static final String PRODUCTION_SAFE = "@production-safe";
    public static final String SIMULATOR_ONLY = "@simulator-only";
    public static final String RAISES_TICKET = "@raises-ticket";
    public static final String VERIFY_PRODUCTION = "@verify-production";
    /**
     * A short, bounded burst of reads that provokes a real target's rate limit: only when asked
     * ({@code --provoke-rate-limit}), never on the embedded simulator (its 429 is injected) or production.
     */
    public static final String PROVOKES_RATE_LIMIT = "@provokes-rate-limit";

    private TagPolicy() {
    }

    /** The selection for {@code config}, with ticket-raising scenarios left out on real targets. */
    public static TagSelection selectionFor(HarnessConfig config) {
        return selectionFor(config, false);
    }

    /** As {@link #selectionFor(HarnessConfig)}, with ticket-raising scenarios let in when asked. */
    public static TagSelection selectionFor(HarnessConfig config, boolean raiseTickets) {
        return selectionFor(config, raiseTickets, false);
    }

    /** As {@link #selectionFor(HarnessConfig, boolean)}, with the rate-limit burst let in on a real target when asked. */
    public static TagSelection selectionFor(HarnessConfig config, boolean raiseTickets, boolean provokeRateLimit) {
        List<TagSelection.Rule> rules = new ArrayList<>();
        for (Capability c : Capability.values()) {
            if (!config.has(c)) {
                rules.add(new TagSelection.Rule("@if:" + c.tag(), false));
            }
        }
        rules.add(new TagSelection.Rule("@wip", false));
        if (config.target().isSimulator() || config.target().isProduction() || !provokeRateLimit) {
            rules.add(new TagSelection.Rule(PROVOKES_RATE_LIMIT, false));
        }
        if (!config.target().isSimulator()) {
            rules.add(new TagSelection.Rule(SIMULATOR_ONLY, false));
            rules.add(new TagSelection.Rule(VERIFY_PRODUCTION, false));
            if (!raiseTickets || config.target().isProduction()) {
                rules.add(new TagSelection.Rule(RAISES_TICKET, false));
            }
        }
        if (config.target().isProduction()) {
            rules.add(new TagSelection.Rule(PRODUCTION_SAFE, true));
        }
        return TagSelection.of(config.tags(), rules);
    }
}
