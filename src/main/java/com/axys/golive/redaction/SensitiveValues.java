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

    /** Values searched one by one before they go into an automaton of their own. */
    static final int BATCH = 64;

    private final Map<String, String> categoryByValue = new ConcurrentHashMap<>();
    /** Automata over the free-text values, oldest and largest first, each at least twice the next (a binary counter). */
    private final java.util.List<java.util.List<String>> levels = new java.util.ArrayList<>();
    private final java.util.List<org.ahocorasick.trie.Trie> tries = new java.util.ArrayList<>();
    private final java.util.List<String> pending = new java.util.ArrayList<>();
    private final DigitSecrets digits = new DigitSecrets(categoryByValue::get);
    private volatile SecretSearch freeText = new SecretSearch(v -> null, java.util.List.of(), java.util.List.of(),
            digits);

    /** Remembers {@code value} as a secret of {@code category} (e.g. "pan", "api-key"). Blank values are ignored. */
    public void add(String category, String value) {
        if (value != null && !value.isBlank() && categoryByValue.putIfAbsent(value, category) == null
                && value.length() >= MIN_FREE_TEXT_LENGTH) {
            index(value);
        }
    }

    /**
     * Every free-text value (at least {@link #MIN_FREE_TEXT_LENGTH} long) found in one pass per automaton: values
     * are batched into automata whose sizes double (merged like a binary counter), so a run that learned k values
     * searches a text with about log k automata and fewer than {@value #BATCH} values one by one, and building them
     * costs O(k log k) over the run, not a rebuild per value. Digit-only values (PANs, codes: most of what a run
     * learns) take no automaton at all: {@link DigitSecrets} looks up the windows of each run of digits.
     */
    public SecretSearch freeTextSearch() {
        return freeText;
    }

    private synchronized void index(String value) {
        if (DigitSecrets.digitsOnly(value)) {
            digits.add(value); // seen by every search at once: no automaton to build
            return;
        }
        pending.add(value);
        if (pending.size() >= BATCH) {
            java.util.List<String> merged = new java.util.ArrayList<>(pending);
            pending.clear();
            while (!levels.isEmpty() && levels.get(levels.size() - 1).size() <= merged.size()) {
                merged.addAll(levels.remove(levels.size() - 1));
                tries.remove(tries.size() - 1);
            }
            levels.add(merged);
            tries.add(SecretSearch.trie(merged));
        }
        freeText = new SecretSearch(categoryByValue::get, tries, pending, digits);
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
