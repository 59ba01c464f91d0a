package com.axys.golive.report;

import java.util.List;
import java.util.Locale;

/**
 * Two small pictures of the auditor's page, inline SVG like the others: the checklist coverage as one stacked bar per
 * phase ({@code <rect data-result= data-count=>} per result), and the calls in the order they were made, one tick per
 * call coloured by its status class ({@code <rect data-seq= data-status=>}), so where the refusals and failures fell
 * in the run shows at a glance.
 */
final class OverviewSvg {

    private static final int WIDTH = 760;
    private static final int LABEL = 300;
    private static final int AREA = WIDTH - LABEL - 50;

    private OverviewSvg() {
    }

    /** One bar per phase: passed, failed, pending, incomplete, not run, manual, not applicable. */
    static String coverage(List<PhaseTally> phases) {
        int row = 24;
        int height = phases.size() * row + 8;
        StringBuilder svg = new StringBuilder("<svg class=\"chart coverage\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\"><title>Checklist items per phase, by result</title>");
        for (int i = 0; i < phases.size(); i++) {
            PhaseTally p = phases.get(i);
            int y = i * row + 4;
            svg.append("<g class=\"phase\" data-phase=\"").append(p.phase()).append("\"><text x=\"").append(LABEL - 8)
                    .append("\" y=\"").append(y + 13).append("\" text-anchor=\"end\">")
                    .append(Html.escape(p.phase() + " " + p.title())).append("</text>");
            double x = LABEL;
            long[] counts = {p.passed(), p.failed(), p.pending(), p.incomplete(), p.notRun(), p.manual(),
                    p.notApplicable()};
            String[] results = {"passed", "failed", "pending", "incomplete", "not-run", "manual", "not-applicable"};
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] == 0) {
                    continue;
                }
                double w = AREA * (double) counts[k] / Math.max(1, p.items());
                svg.append("<rect class=\"r-").append(results[k]).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(y).append("\" width=\"").append(fmt(w)).append("\" height=\"16\" data-result=\"")
                        .append(results[k]).append("\" data-count=\"").append(counts[k]).append("\"><title>")
                        .append(results[k].replace('-', ' ')).append(": ").append(counts[k]).append("</title></rect>");
                x += w;
            }
            svg.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 13).append("\">")
                    .append(p.items()).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** At most this many ticks: about one per pixel of the drawing; more calls share a tick. */
    static final int MAX_TICKS = WIDTH - 20;

    /**
     * The calls in order, one tick each; a refusal or an answer that never came stands out by its colour. A run of
     * more than {@link #MAX_TICKS} calls draws one tick per group of consecutive calls ({@code data-seq="first-last"},
     * {@code data-count}), coloured by its worst answer (none, then 5xx, 4xx, 3xx), so the page stays the same size
     * however long the run and a single refusal among a million calls still shows.
     */
    static String timeline(List<CallRecord> calls) {
        int height = 46;
        StringBuilder svg = new StringBuilder("<svg class=\"chart timeline\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\"><title>").append(calls.size()).append(" calls in the order they were made</title>");
        int ticks = Math.min(calls.size(), MAX_TICKS);
        double w = (double) (WIDTH - 20) / Math.max(1, ticks);
        for (int t = 0; t < ticks; t++) {
            int from = (int) ((long) t * calls.size() / ticks);
            int to = (int) ((long) (t + 1) * calls.size() / ticks);
            CallRecord worst = calls.get(from);
            for (int i = from + 1; i < to; i++) {
                if (severity(calls.get(i).status()) > severity(worst.status())) {
                    worst = calls.get(i);
                }
            }
            boolean ok = worst.status() >= 200 && worst.status() < 300;
            String seq = to - from == 1 ? String.valueOf(worst.seq())
                    : calls.get(from).seq() + "-" + calls.get(to - 1).seq();
            svg.append("<rect class=\"").append(SvgBarChart.statusClass(worst.status())).append("\" x=\"")
                    .append(fmt(10 + t * w)).append("\" y=\"").append(ok ? 12 : 4).append("\" width=\"")
                    .append(fmt(Math.max(w, ok ? 0.6 : 1.5))).append("\" height=\"").append(ok ? 14 : 22)
                    .append("\" data-seq=\"").append(seq).append("\" data-status=\"").append(worst.status())
                    .append(to - from == 1 ? "" : "\" data-count=\"" + (to - from)).append("\"/>");
        }
        svg.append("<text x=\"10\" y=\"42\">#").append(calls.isEmpty() ? 0 : calls.get(0).seq()).append("</text>")
                .append("<text x=\"").append(WIDTH - 10).append("\" y=\"42\" text-anchor=\"end\">#")
                .append(calls.isEmpty() ? 0 : calls.get(calls.size() - 1).seq()).append("</text>");
        return svg.append("</svg>").toString();
    }

    /** How much an answer stands out in a shared tick: none 4, 5xx 3, 4xx 2, 3xx 1, 2xx 0. */
    private static int severity(int status) {
        return status < 100 ? 4 : status >= 500 ? 3 : status >= 400 ? 2 : status >= 300 ? 1 : 0;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
