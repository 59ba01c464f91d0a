package com.axys.golive.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Every occurrence of many known values in a text in one pass (an Aho-Corasick automaton, org.ahocorasick; for the
 * digit-only values, {@link DigitSecrets}' hashed windows), so the cost of redacting or scanning a line does not grow
 * with the number of secrets a run has learned. A run that keeps
 * learning secrets searches a few automata of doubling size and the last few values one by one: see
 * {@link SensitiveValues#freeTextSearch()}.
 */
public final class SecretSearch {

    /** One occurrence: {@code [start, end)} of {@code value}, which is a secret of {@code kind}. */
    public record Hit(int start, int end, String value, String kind) { }

    private final java.util.function.Function<String, String> kindOf;
    private final List<Trie> tries;
    private final List<String> pending;
    private final DigitSecrets digits;

    SecretSearch(java.util.function.Function<String, String> kindOf, List<Trie> tries, List<String> pending,
                 DigitSecrets digits) {
        this.kindOf = kindOf;
        this.tries = List.copyOf(tries);
        this.pending = List.copyOf(pending);
        this.digits = digits;
    }

    /** A search for the values of {@code kindByValue} (value to kind), built now. */
    public static SecretSearch of(Map<String, String> kindByValue) {
        Map<String, String> kinds = Map.copyOf(kindByValue);
        DigitSecrets digits = new DigitSecrets(kinds::get);
        List<String> others = new ArrayList<>();
        for (String value : kinds.keySet()) {
            if (DigitSecrets.digitsOnly(value)) {
                digits.add(value);
            } else {
                others.add(value);
            }
        }
        return new SecretSearch(kinds::get, others.isEmpty() ? List.of() : List.of(trie(others)), List.of(), digits);
    }

    static Trie trie(java.util.Collection<String> values) {
        return Trie.builder().addKeywords(values).build();
    }

    /** How many values are looked up one by one (not yet in an automaton). */
    int pending() {
        return pending.size();
    }

    /** Every occurrence of every value, overlapping ones included, in no particular order. */
    public List<Hit> all(String text) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return hits;
        }
        digits.findIn(text, hits);
        for (Trie trie : tries) {
            for (Emit e : trie.parseText(text)) {
                hits.add(new Hit(e.getStart(), e.getEnd() + 1, e.getKeyword(), kindOf.apply(e.getKeyword())));
            }
        }
        for (String value : pending) {
            for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
                hits.add(new Hit(i, i + value.length(), value, kindOf.apply(value)));
            }
        }
        return hits;
    }

    /** The occurrences to replace: where two overlap the longer wins (then the earlier), in text order. */
    public List<Hit> longestFirst(String text) {
        List<Hit> hits = all(text);
        hits.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
        List<Hit> chosen = new ArrayList<>();
        for (Hit h : hits) {
            if (chosen.stream().noneMatch(c -> h.start() < c.end() && c.start() < h.end())) {
                chosen.add(h);
            }
        }
        chosen.sort(Comparator.comparingInt(Hit::start));
        return chosen;
    }
}
