package com.axys.golive.simulator.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named values of a request (a JSON body's members, or query parameters), before any rule is applied. Values
 * keep the JSON types they arrived with (String, Integer/Long/BigInteger, Double, Boolean, List, Map); query values
 * are all text, so integer rules parse them ({@link #textual()}). A {@code null} value counts as absent.
 */
public record Fields(Map<String, Object> values, boolean textual) {

    public Fields {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Fields ofJson(Map<String, ?> members) {
        return new Fields(new LinkedHashMap<>(members), false);
    }

    public static Fields ofQuery(Map<String, String> parameters) {
        return new Fields(new LinkedHashMap<>(parameters), true);
    }

    public static Fields none() {
        return new Fields(Map.of(), false);
    }

    /** The raw value, or {@code null} when absent or JSON {@code null}. */
    public Object value(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }
}
