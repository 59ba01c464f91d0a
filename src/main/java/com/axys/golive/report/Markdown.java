package com.axys.golive.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Escaping for the Markdown reports. Values from the bundle (scenario names, messages, paths) must render as the
 * text they are: no HTML (a viewer may render {@code <script>}; without a {@code <} no tag can open), no table
 * breaks, no accidental emphasis or links.
 */
final class Markdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]#|!])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private Markdown() {
    }

    /** Plain text, safe anywhere in a line or a table cell; {@code null} becomes {@code ""}. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(value).replaceAll(" ");
        String escaped = SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
        return escaped.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** An identifier, path or id in a code span; a code span shows {@code <} as it is, so only | and ` are handled. */
    static String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(value).replaceAll(" ").replace("`", "'").replace("|", "\\|");
        return "`" + oneLine + "`";
    }

    /** One table row from already escaped cells. */
    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** A table header with its separator line. */
    static String header(String... titles) {
        return row(List.of(titles)) + row(List.of(titles).stream().map(t -> "---").toList());
    }
}
