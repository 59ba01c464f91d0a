package com.axys.golive.capture;

import java.util.List;
import java.util.Objects;

/**
 * The scenario a call belongs to: its name, feature file, tags and the checklist items it proves.
 */
public record ScenarioContext(String name, String feature, List<String> tags, List<String> checklistIds) {

    public static final ScenarioContext NONE = new ScenarioContext("(outside any scenario)", "", List.of(), List.of());

    public ScenarioContext {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(feature, "feature");
        tags = List.copyOf(tags);
        checklistIds = List.copyOf(checklistIds);
    }

    /**
     * A scenario's identity across runs and bundles (a shard's part, a continued run's pending scenarios, a
     * campaign's merge): its feature file and name.
     */
    public static String key(String feature, String name) {
        return feature + "\n" + name;
    }

    /** Reads {@code @checklist:<ID>} tags. */
    public static ScenarioContext of(String name, String feature, List<String> tags) {
        List<String> ids = tags.stream().filter(t -> t.startsWith("@checklist:"))
                .map(t -> t.substring("@checklist:".length())).toList();
        return new ScenarioContext(name, feature, tags, ids);
    }
}
