package com.axys.golive.report;

/** Escaping for the HTML page: every value put into text or an attribute goes through {@link #escape}. */
public final class Html {

    private Html() {
    }

    /** Text or a double-quoted attribute value; {@code null} becomes {@code ""}. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code <tag>escaped text</tag>}. */
    static String element(String tag, String text) {
        return "<" + tag + ">" + escape(text) + "</" + tag + ">";
    }

    /** A table cell with escaped text. */
    public static String cell(Object value) {
        return element("td", value == null ? "" : value.toString());
    }
}
