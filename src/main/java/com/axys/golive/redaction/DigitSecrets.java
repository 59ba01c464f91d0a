package com.axys.golive.redaction;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The digit-only secrets (PANs, OTP codes, account numbers): most of what a long run learns. They are found by hashing
 * every window of every run of ASCII digits in a text, one window per known length, instead of an automaton: a PAN
 * costs a hash-set entry (about 100 bytes) rather than a dozen automaton states, so a run that meets a new card
 * every few calls stays in bounded memory, and a text costs a few lookups per digit however many values are known.
 * A value inside a longer run of digits is found too, as the automaton found it. Thread-safe; values are only added.
 */
final class DigitSecrets {

    private final Function<String, String> kindOf;
    private final Set<Integer> lengths = ConcurrentHashMap.newKeySet();

    /**
     * @param kindOf the kind of a known value, null for any other text: the caller's own map of values, so no value
     *               is held twice. Only digit windows of a length {@link #add}ed are ever looked up in it.
     */
    DigitSecrets(Function<String, String> kindOf) {
        this.kindOf = kindOf;
    }

    static boolean digitsOnly(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!digit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Searches for {@code value} (digits only; its kind is already in the caller's map) from now on. */
    void add(String value) {
        lengths.add(value.length());
    }

    /** Adds every occurrence of every value in {@code text} to {@code hits}, overlapping ones included. */
    void findIn(String text, List<SecretSearch.Hit> hits) {
        if (lengths.isEmpty()) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && digit(text.charAt(end))) {
                end++;
            }
            for (int length : lengths) {
                for (int start = i; start + length <= end; start++) {
                    String window = text.substring(start, start + length);
                    String kind = kindOf.apply(window);
                    if (kind != null) {
                        hits.add(new SecretSearch.Hit(start, start + length, window, kind));
                    }
                }
            }
            i = end;
        }
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
