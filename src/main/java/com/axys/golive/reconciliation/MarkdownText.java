package com.axys.golive.reconciliation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Escaping for {@code reconciliation.md}, the reports' policy: values from the bundle render as the text they are,
 * with no HTML (no {@code <} can open a tag), no table breaks, no accidental emphasis or links.
 */
final class MarkdownText {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]#|!])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private MarkdownText() {
    }

    /** Plain text, safe anywhere in a line or a table cell; {@code null} becomes {@code ""}. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(String.valueOf(value)).replaceAll(" ");
        return SPECIAL.matcher(oneLine).replaceAll("\\\\$1").replace("&", "&amp;").replace("<", "&lt;");
    }

    /** One table row from already escaped cells. */
    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String header(String... titles) {
        return row(List.of(titles)) + row(List.of(titles).stream().map(t -> "---").toList());
    }
}
