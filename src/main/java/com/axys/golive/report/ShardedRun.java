package com.axys.golive.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of one run split over machines ({@code golive run --shard I/N}), taken together in a campaign. Each part's
 * coverage shows the scenarios another part ran as "not run"; together they are one run, so an item's result is
 * decided again from all its scenarios, whichever part ran each, by the rule a single run uses
 * ({@link ItemResult#of(List, int)}): a scenario no part ran still keeps the item from passing.
 */
final class ShardedRun {

    private static final String NOT_RUN = "not run";

    private ShardedRun() {
    }

    /**
     * Replaces, in {@code runs} (the item's results in each member), the parts' own results by the split's result
     * for the item, which names the parts that ran its scenarios. Nothing changes when a part lacks the item.
     */
    static void combine(String itemId, List<String> parts, Map<String, JsonNode> coverages,
                        List<CampaignCoverage.RunResult> runs) {
        List<JsonNode> rows = new ArrayList<>();
        for (String part : parts) {
            JsonNode row = row(coverages.get(part), itemId);
            if (row == null) {
                return;
            }
            rows.add(row);
        }
        // per scenario, every entry a part ran (two scenarios of one name both count), else its "not run"
        Map<String, List<JsonNode>> scenarios = new LinkedHashMap<>();
        Set<String> ranIn = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            for (JsonNode s : rows.get(i).path("scenarios")) {
                String key = com.axys.golive.capture.ScenarioContext.key(s.path("feature").asText(), s.path("name").asText());
                List<JsonNode> seen = scenarios.computeIfAbsent(key, k -> new ArrayList<>());
                if (ran(s)) {
                    seen.removeIf(e -> !ran(e));
                    seen.add(s);
                    ranIn.add(parts.get(i));
                } else if (seen.isEmpty()) {
                    seen.add(s);
                }
            }
        }
        ItemResult own = ItemResult.of(rows.get(0).path("result").asText());
        ItemResult result = own == ItemResult.MANUAL || own == ItemResult.NOT_APPLICABLE ? own : of(scenarios);
        String name = String.join(" + ", ranIn.isEmpty() ? parts : ranIn);
        runs.replaceAll(r -> parts.contains(r.run()) ? r.combinedIn(name) : r);
        runs.add(new CampaignCoverage.RunResult(name, result, "the " + parts.size() + " shards of one run ("
                + String.join(", ", parts) + "), scenario by scenario", null, Set.of()));
    }

    private static ItemResult of(Map<String, List<JsonNode>> scenarios) {
        List<ScenarioRecord> ran = new ArrayList<>();
        int leftOut = 0;
        for (JsonNode s : scenarios.values().stream().flatMap(List::stream).toList()) {
            if (ran(s)) {
                ran.add(new ScenarioRecord(ran.size() + 1, s.path("name").asText(), s.path("feature").asText(),
                        List.of(), s.path("status").asText(), 0, null));
            } else {
                leftOut++;
            }
        }
        return ItemResult.of(ran, leftOut);
    }

    private static boolean ran(JsonNode scenario) {
        return !scenario.path("status").asText().startsWith(NOT_RUN);
    }

    private static JsonNode row(JsonNode coverage, String itemId) {
        for (JsonNode row : coverage.path("items")) {
            if (itemId.equals(row.path("id").asText())) {
                return row;
            }
        }
        return null;
    }
}
