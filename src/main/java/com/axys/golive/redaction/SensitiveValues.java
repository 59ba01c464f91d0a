package com.axys.golive.redaction;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secret values met during a run (the API key, every PAN, OTP code and token the target sent or received), kept
 * in memory only so that redaction can catch them wherever they reappear and the leak scan can prove they were
 * never written. Short values (CVV, PIN) are recorded too but only replaced where a field name marks them.
 */
public final class SensitiveValues {

    /** Values shorter than this are never searched for as free text: too many false matches. */
    public static final int MIN_FREE_TEXT_LENGTH = 6;

    private final Map<String, String> categoryByValue = new ConcurrentHashMap<>();

    /** Remembers {@code value} as a secret of {@code category} (e.g. "pan", "api-key"). Blank values are ignored. */
    public void add(String category, String value) {
        if (value != null && !value.isBlank()) {
            categoryByValue.putIfAbsent(value, category);
        }
    }

    public Optional<String> categoryOf(String value) {
        return Optional.ofNullable(categoryByValue.get(value));
    }

    /** A snapshot: value to category. Callers must not write it anywhere. */
    public Map<String, String> snapshot() {
        return Map.copyOf(categoryByValue);
    }

    public int size() {
        return categoryByValue.size();
    }

    @Override
    public String toString() {
        return "SensitiveValues[" + categoryByValue.size() + " values]";
    }
}
