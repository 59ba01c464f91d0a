package com.axys.golive.runner;

import java.util.Objects;

/**
 * How a progress line names a scenario: "Feature › Scenario", fitted to the room a line has so that a terminal of
 * 120 columns shows every line whole. The scenario keeps most of the room; each cut part ends in an ellipsis.
 */
record DisplayName(String feature, String scenario) {

    private static final String SEPARATOR = " › ";
    private static final int MIN_FEATURE = 24;

    DisplayName {
        Objects.requireNonNull(scenario, "scenario");
    }

    String full() {
        return feature == null ? scenario : feature + SEPARATOR + scenario;
    }

    /** The name in at most {@code room} characters (never less than a few characters of each part). */
    String fit(int room) {
        String full = full();
        if (full.length() <= room) {
            return full;
        }
        if (feature == null) {
            return cut(scenario, room);
        }
        int forScenario = Math.max(12, room - SEPARATOR.length() - Math.min(feature.length(), Math.max(MIN_FEATURE,
                room / 3)));
        int forFeature = Math.max(MIN_FEATURE / 2, room - SEPARATOR.length() - Math.min(forScenario,
                scenario.length()));
        return cut(feature, forFeature) + SEPARATOR + cut(scenario, forScenario);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)).stripTrailing() + "…";
    }
}
