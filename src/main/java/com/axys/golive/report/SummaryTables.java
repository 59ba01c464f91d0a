package com.axys.golive.report;

import java.util.List;
import java.util.stream.Collectors;

/** Small pieces the Markdown reports share: the per-phase coverage table and shortened reference lists. */
final class SummaryTables {

    private SummaryTables() {
    }

    static String phases(List<PhaseTally> phases) {
        StringBuilder md = new StringBuilder(Markdown.header("Phase", "Items", "Passed", "Failed", "Pending",
                "Incomplete", "Not run", "Manual", "Not applicable"));
        for (PhaseTally p : phases) {
            md.append(Markdown.row(List.of(p.phase() + " " + Markdown.text(p.title()), n(p.items()), n(p.passed()),
                    n(p.failed()), n(p.pending()), n(p.incomplete()), n(p.notRun()), n(p.manual()), n(p.notApplicable()))));
        }
        return md.toString();
    }

    /** {@code #3, #4, #9 … (+12 more)}. */
    static String seqs(List<Long> seqs, int shown) {
        return shorten(seqs.stream().map(s -> "#" + s).toList(), shown);
    }

    /** {@code 3, 4, 9 … (+12 more)}. */
    static String numbers(List<? extends Number> numbers, int shown) {
        return shorten(numbers.stream().map(String::valueOf).toList(), shown);
    }

    private static String shorten(List<String> items, int shown) {
        String head = items.stream().limit(shown).collect(Collectors.joining(", "));
        return items.size() > shown ? head + " … (+" + (items.size() - shown) + " more)" : head;
    }

    private static String n(long value) {
        return String.valueOf(value);
    }
}
