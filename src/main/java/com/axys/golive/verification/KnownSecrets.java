package com.axys.golive.verification;

import com.axys.golive.redaction.SensitiveValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The exact secret values a run used (API key, PANs, OTP codes, tokens), so the leak scan can prove none of them
 * was written. Values shorter than {@link #MIN_LENGTH} are dropped: too many innocent matches. Like
 * {@code SensitiveValues}, it never prints a value: {@code toString} gives the count only, and it is deliberately
 * not a record so no generated method can show one.
 */
public final class KnownSecrets {

    /** The run knows its values exactly, so even short ones (a 4-digit PIN) are searched for. */
    public static final int MIN_LENGTH = 4;

    /** The kind reported for a value given without a category. */
    public static final String UNCATEGORISED = "known-secret";

    private static final KnownSecrets NONE = new KnownSecrets(Map.of());
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    private final Map<String, String> kindByValue;

    private KnownSecrets(Map<String, String> kindByValue) {
        this.kindByValue = Map.copyOf(kindByValue);
    }

    /** The offline auditor's mode: no value is known, only the patterns apply. */
    public static KnownSecrets none() {
        return NONE;
    }

    /** Values whose category is not known: reported as {@value #UNCATEGORISED}. */
    public static KnownSecrets of(Set<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach(v -> put(map, v, UNCATEGORISED));
        return new KnownSecrets(map);
    }

    /**
     * The run's own secrets, each reported by its redaction category ({@code api-key}, {@code pan}, ...). Expiry,
     * PIN and CVV values are left out of the free-text search: a month, a year or three or four digits are not
     * secret on their own (the default PIN is by design a card number's last four digits, which the redaction
     * policy removes wherever they stand) and would match dates, durations and ids all over the bundle. The scan
     * still catches an unredacted {@code expMonth}, {@code newPin} or {@code cvv} field by its name.
     */
    private static final java.util.Set<String> SHORT_BY_NATURE = java.util.Set.of("expiry", "pin", "cvv");

    public static KnownSecrets of(SensitiveValues values) {
        Map<String, String> map = new LinkedHashMap<>();
        values.snapshot().forEach((value, category) -> {
            if (!SHORT_BY_NATURE.contains(category)) {
                put(map, value, category);
            }
        });
        return new KnownSecrets(map);
    }

    private static void put(Map<String, String> map, String value, String category) {
        if (value != null && value.strip().length() >= MIN_LENGTH) {
            map.putIfAbsent(value, category != null && KIND.matcher(category).matches() ? category : UNCATEGORISED);
        }
    }

    /** Value to kind. Callers must not write it anywhere. */
    Map<String, String> kindByValue() {
        return kindByValue;
    }

    public int size() {
        return kindByValue.size();
    }

    @Override
    public String toString() {
        return "KnownSecrets[" + kindByValue.size() + " values]";
    }
}
