package com.axys.golive.runner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a run split over CI machines ({@code golive run --shard I/N}). The split is decided from the selected
 * scenarios alone (sorted by feature file and name, dealt out in turn), so every machine of a CI matrix that selects
 * the same way computes the same parts, whatever order discovery found them in, and the parts differ by at most one
 * scenario. Scenarios do not share state (each has its own world), so any split is sound; a checklist item whose
 * scenarios fall in several parts is decided again from all of them when the parts' bundles are packed into one
 * campaign ({@code golive evidence pack}).
 *
 * @param index this part, from 1
 * @param count how many parts
 */
public record Shard(int index, int count) {

    /** The whole run: one part. */
    public static final Shard WHOLE = new Shard(1, 1);

    /** At most this many parts: more is a typo, not a CI matrix. */
    public static final int MAX_PARTS = 256;

    private static final Pattern SPELLING = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public Shard {
        if (count < 1 || count > MAX_PARTS || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N <= " + MAX_PARTS + " (e.g. 2/4),"
                    + " got " + index + "/" + count);
        }
    }

    /**
     * Reads {@code I/N}.
     *
     * @throws IllegalArgumentException naming what is wrong and how it is written
     */
    public static Shard parse(String text) {
        Matcher m = SPELLING.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a shard is written I/N, this machine's part of N (e.g. 2/4 in a"
                    + " matrix of 4), got '" + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean isWhole() {
        return count == 1;
    }

    /** The scenarios of {@code selected} that fall in this part, as their {@link #key}s. */
    public Set<String> pick(List<FeatureRunner.PlannedScenario> selected) {
        List<String> keys = selected.stream().map(s -> key(s.feature(), s.name())).distinct().sorted().toList();
        Set<String> mine = new LinkedHashSet<>();
        for (int i = index - 1; i < keys.size(); i += count) {
            mine.add(keys.get(i));
        }
        return mine;
    }

    /** A scenario's identity in a split: its feature file and name. */
    public static String key(String feature, String name) {
        return com.axys.golive.capture.ScenarioContext.key(feature, name);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
