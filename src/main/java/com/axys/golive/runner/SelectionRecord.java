package com.axys.golive.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a run's selection left out of the harness's scenarios and why, written into the bundle as
 * {@code selection.json}. A scenario left out by the target ({@code @simulator-only} on a real target, a ticket not
 * asked for, production's {@code @production-safe} rule) or by the user's {@code --tags} still belongs to the proof
 * of its checklist items: {@code counts} is true, and coverage shows the item as not fully proven here. Work in
 * progress, a Program feature the Program does not have and Phase 3's own scenarios do not count.
 */
public final class SelectionRecord {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The rule of a selected scenario another part of a split run ({@code --shard}) runs. */
    static final String SHARD_RULE = "in another shard";

    private SelectionRecord() {
    }

    /** The record of {@code selection} over every scenario in {@code inventory}. */
    public static byte[] json(TagSelection selection, List<FeatureRunner.PlannedScenario> inventory,
                              boolean realTarget) {
        return json(selection, inventory, realTarget, Shard.WHOLE, java.util.Set.of());
    }

    /**
     * The record of {@code selection} over {@code inventory} for one part of a split run: a selected scenario not in
     * {@code inShard} (keys of {@link Shard#key}) is left out by another part, and still counts.
     */
    public static byte[] json(TagSelection selection, List<FeatureRunner.PlannedScenario> inventory,
                              boolean realTarget, Shard shard, java.util.Set<String> inShard) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("expression", selection.toString());
        if (!shard.isWhole()) {
            root.put("shard", shard.toString());
        }
        ObjectNode rules = root.putObject("rules");
        ArrayNode leftOut = root.putArray("leftOut");
        long selected = 0;
        for (FeatureRunner.PlannedScenario s : inventory) {
            var why = selection.whyNot(s.tags());
            if (why.isEmpty() && !shard.isWhole() && !inShard.contains(Shard.key(s.feature(), s.name()))) {
                why = java.util.Optional.of(SHARD_RULE);
            }
            if (why.isEmpty()) {
                selected++;
                continue;
            }
            String rule = why.get();
            if (!rules.has(rule)) {
                rules.putObject(rule).put("counts", counts(rule, realTarget)).put("reason",
                        rule.equals(SHARD_RULE) ? shardReason(shard) : reason(rule, realTarget));
            }
            ObjectNode n = leftOut.addObject();
            n.put("scenario", s.name());
            n.put("feature", s.feature());
            ArrayNode checklist = n.putArray("checklist");
            s.tags().stream().filter(t -> t.startsWith("@checklist:")).map(t -> t.substring("@checklist:".length()))
                    .forEach(checklist::add);
            n.put("leftOutBy", rule);
        }
        root.put("selected", selected);
        try {
            // one line: a selection leaves out up to every scenario, and the record must not crowd out the calls
            return MAPPER.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the selection record", e);
        }
    }

    /** Whether a scenario left out by {@code rule} is still part of its items' proof on this target. */
    static boolean counts(String rule, boolean realTarget) {
        if (rule.equals("not " + TagPolicy.PROVOKES_RATE_LIMIT)) {
            return realTarget; // on the simulator the 429 is injected instead
        }
        return !(rule.equals("not @wip") || rule.startsWith("not @if:")
                || rule.equals("not " + TagPolicy.VERIFY_PRODUCTION));
    }

    private static String shardReason(Shard shard) {
        return "run by another shard of this " + shard.count() + "-part run (this bundle is shard " + shard
                + "): pack the shards' bundles with 'golive evidence pack' for the whole proof";
    }

    /** The rule in words, for the coverage an auditor reads. */
    static String reason(String rule, boolean realTarget) {
        if (rule.equals("not " + TagPolicy.PROVOKES_RATE_LIMIT)) {
            return realTarget ? "bursts reads to provoke the target's rate limit (@provokes-rate-limit): run it with"
                    + " --provoke-rate-limit" : "meant for a real target's rate limit; the simulator's 429 is injected";
        }
        if (rule.equals("not " + TagPolicy.SIMULATOR_ONLY)) {
            return "only the simulator can produce this case (@simulator-only): proven in a simulator run, not here";
        }
        if (rule.equals("not " + TagPolicy.RAISES_TICKET)) {
            return "opens a real support ticket (@raises-ticket): run it once with --raise-tickets";
        }
        if (rule.equals(TagPolicy.PRODUCTION_SAFE)) {
            return "not @production-safe: never run on production";
        }
        if (rule.equals("not " + TagPolicy.VERIFY_PRODUCTION)) {
            return "a Phase 3 check: golive verify-production runs it";
        }
        if (rule.equals("not @wip")) {
            return "work in progress (@wip)";
        }
        if (rule.startsWith("not @if:")) {
            return "needs the Program feature " + rule.substring("not @if:".length()) + ", not enabled";
        }
        return "not selected by --tags";
    }
}
