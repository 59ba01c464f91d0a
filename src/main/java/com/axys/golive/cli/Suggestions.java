package com.axys.golive.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for a mistyped command or option. picocli's own suggestions compare letter pairs, so they miss the
 * commonest typo, two swapped letters ({@code rnu}, {@code --tgas}); names within two edits are added, a swap of
 * neighbours counting as one edit (optimal string alignment distance).
 */
final class Suggestions {

    private Suggestions() {
    }

    /** The names to suggest for {@code ex}, best first; empty when nothing is close. */
    static List<String> of(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return List.of();
        }
        String typed = unmatched.getUnmatched().get(0);
        String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        CommandLine cmd = ex.getCommandLine();
        List<String> names = new ArrayList<>(word.startsWith("-") ? cmd.getCommandSpec().optionsMap().keySet()
                : cmd.getSubcommands().keySet());
        Set<String> suggested = new LinkedHashSet<>();
        int limit = Math.min(2, Math.max(1, word.length() / 3));
        for (int distance = 1; distance <= limit; distance++) {
            for (String name : names) {
                if (distance(word.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) == distance) {
                    suggested.add(name);
                }
            }
        }
        suggested.addAll(unmatched.getSuggestions());
        return List.copyOf(suggested).subList(0, Math.min(3, suggested.size()));
    }

    /** Edits (insert, delete, replace, swap of neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
