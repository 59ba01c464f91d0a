package com.axys.golive.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A horizontal bar chart as inline SVG: no script, no external resource, prints as drawn. Each bar is a
 * {@code <g class="bar">} with its own {@code data-} attributes and one {@code <rect>} per status code
 * ({@code data-status}, {@code data-count}), coloured by status class, with its count written at the end.
 */
final class SvgBarChart {

    /**
     * One bar.
     *
     * @param data     its {@code data-} attributes, e.g. {@code operation -> getCard}
     * @param segments status code to count, drawn left to right in that order
     */
    record Bar(String label, Map<String, String> data, SortedMap<Integer, Long> segments) {

        Bar {
            data = Map.copyOf(data);
            segments = new TreeMap<>(segments);
        }

        long total() {
            return segments.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 460;
    private static final int ROW = 22;
    private static final int BAR_HEIGHT = 14;

    private SvgBarChart() {
    }

    static String render(String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::total).max().orElse(1);
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" width=\"" + WIDTH + "\" height=\"" + height + "\">");
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            svg.append(bar(bars.get(i), i * ROW + 4, max));
        }
        return svg.append("</svg>").toString();
    }

    private static String bar(Bar bar, int y, long max) {
        StringBuilder g = new StringBuilder("<g class=\"bar\"");
        bar.data().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> g.append(" data-")
                .append(Html.escape(e.getKey())).append("=\"").append(Html.escape(e.getValue())).append('"'));
        g.append(" data-count=\"").append(bar.total()).append("\">");
        g.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR_HEIGHT - 3)
                .append("\" text-anchor=\"end\">").append(Html.escape(bar.label())).append("</text>");
        double x = LABEL_WIDTH;
        for (Map.Entry<Integer, Long> segment : bar.segments().entrySet()) {
            double w = BAR_AREA * (double) segment.getValue() / max;
            g.append("<rect class=\"").append(statusClass(segment.getKey())).append("\" x=\"").append(fmt(x))
                    .append("\" y=\"").append(y).append("\" width=\"").append(fmt(w)).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" data-status=\"").append(segment.getKey()).append("\" data-count=\"")
                    .append(segment.getValue()).append("\"><title>")
                    .append(Html.escape(EndpointVolume.statusLabel(segment.getKey()) + ": " + segment.getValue()))
                    .append("</title></rect>");
            x += w;
        }
        g.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + BAR_HEIGHT - 3).append("\">")
                .append(bar.total()).append("</text>");
        return g.append("</g>").toString();
    }

    /** {@code s2xx}, {@code s4xx}, {@code s5xx}, {@code snone} for no response. */
    static String statusClass(int status) {
        return status < 100 ? "snone" : "s" + status / 100 + "xx";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
