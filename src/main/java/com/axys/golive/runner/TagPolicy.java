package com.axys.golive.runner;

import com.axys.golive.config.Capability;
import com.axys.golive.config.HarnessConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Which scenarios a run may execute, as one Cucumber tag expression: the user's own expression, minus scenarios for
 * Program features the Program does not have ({@code @if:<feature>}), minus {@code @simulator-only} scenarios on a
 * real target, {@code @raises-ticket} scenarios on a real target only when the user's expression names that tag,
 * and only {@code @production-safe} scenarios on production.
 */
public final class TagPolicy {

    private TagPolicy() {
    }

    /**
     * The same expression in the JUnit Platform's syntax: Cucumber's {@code not/and/or} and {@code @tag} become
     * {@code !}, {@code &}, {@code |} and {@code tag}.
     */
    public static String toPlatformExpression(String cucumberExpression) {
        return cucumberExpression.trim()
                .replaceAll("(?i)(^|[\\s(])not\\s+", "$1!")
                .replaceAll("(?i)\\s+and\\s+", " & ")
                .replaceAll("(?i)\\s+or\\s+", " | ")
                .replace("@", "");
    }

    public static String expressionFor(HarnessConfig config) {
        return expressionFor(config, config.tags().contains("@raises-ticket"));
    }

    /** As {@link #expressionFor(HarnessConfig)}, with scenarios that raise real support tickets let in when asked. */
    public static String expressionFor(HarnessConfig config, boolean raiseTickets) {
        List<String> parts = new ArrayList<>();
        if (!config.tags().isBlank()) {
            parts.add("(" + config.tags() + ")");
        }
        for (Capability c : Capability.values()) {
            if (!config.has(c)) {
                parts.add("not @if:" + c.tag());
            }
        }
        parts.add("not @wip");
        if (!config.target().isSimulator()) {
            parts.add("not @simulator-only");
            // Phase 3 creates real test entities and waits for a person: only golive verify-production runs it.
            parts.add("not @verify-production");
            // A real support ticket reaches people: raised on a real target only when asked for by tag.
            if (!raiseTickets) {
                parts.add("not @raises-ticket");
            }
        }
        if (config.target().isProduction()) {
            parts.add("@production-safe");
        }
        return String.join(" and ", parts);
    }
}
