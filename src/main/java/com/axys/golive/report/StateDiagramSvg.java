package com.axys.golive.report;

import com.axys.golive.ledger.StateNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The transitions of one state field (a cardholder's {@code status}, a card's {@code issuerCardStatus}) as an inline
 * SVG arc diagram: the states seen in a row, in the order of the documented lifecycle, after a "first seen" start; one
 * arc per observed move with its count, above the row for a move to the right and below for one to the left; an
 * undocumented move drawn red and dashed. No script, no external resource: it prints as drawn. Each arc is a
 * {@code <g class="edge">} with {@code data-from}, {@code data-to} ({@code start} for a first sighting),
 * {@code data-count} and {@code data-allowed}.
 */
final class StateDiagramSvg {

    /** One observed move and how often: {@code from} null for a first sighting. */
    record Edge(Long from, long to, long count, boolean allowed) { }

    private static final int SPACING = 150;
    private static final int NODE_W = 124;
    private static final int NODE_H = 38;
    private static final int MARGIN = 16;
    private static final int ARC_STEP = 26;

    private StateDiagramSvg() {
    }

    /** The moves of {@code entity.field} among {@code transitions}, in first-seen order, counted. */
    static List<Edge> edges(List<TransitionRecord> transitions, String entity, String field) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Edge> first = new LinkedHashMap<>();
        for (TransitionRecord t : transitions) {
            if (t.entity().equals(entity) && t.field().equals(field)) {
                String key = t.from() + ">" + t.to() + ">" + t.allowed();
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                first.putIfAbsent(key, new Edge(t.from(), t.to(), 0, t.allowed()));
            }
        }
        List<Edge> edges = new ArrayList<>();
        first.forEach((key, e) -> edges.add(new Edge(e.from(), e.to(), counts.get(key)[0], e.allowed())));
        return edges;
    }

    static String render(String entity, String field, List<Edge> edges) {
        List<Long> states = new ArrayList<>();
        boolean start = edges.stream().anyMatch(e -> e.from() == null);
        for (Edge e : edges) {
            if (e.from() != null && !states.contains(e.from()) && edges.stream().noneMatch(x -> x.to() == e.from())) {
                states.add(e.from()); // only ever left, never reached: a state seen before the ledger watched
            }
            if (!states.contains(e.to())) {
                states.add(e.to());
            }
        }
        states.sort(StateNames.lifecycle(entity, field));
        int offset = start ? 1 : 0;
        int n = states.size() + offset;
        int maxSpan = edges.stream().mapToInt(e -> Math.abs(index(states, e.to(), offset)
                - index(states, e.from(), offset))).max().orElse(1);
        int arcRoom = ARC_STEP * (maxSpan + 1) + 14;
        int width = MARGIN * 2 + (n - 1) * SPACING + NODE_W;
        int rowY = arcRoom;
        int height = arcRoom * 2 + NODE_H;
        String title = entity + " " + field + ": " + edges.stream().mapToLong(Edge::count).sum()
                + " observed transitions";
        StringBuilder svg = new StringBuilder("<svg class=\"states\" role=\"img\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" data-entity=\"").append(Html.escape(entity)).append("\" data-field=\"")
                .append(Html.escape(field)).append("\">");
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        svg.append("<defs><marker id=\"arrow-").append(Html.escape(entity + "-" + field))
                .append("\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\""
                        + " orient=\"auto-start-reverse\"><path d=\"M0,0 L8,4 L0,8 z\"/></marker></defs>");
        for (Edge e : edges) {
            svg.append(edge(e, index(states, e.from(), offset), index(states, e.to(), offset), rowY,
                    entity + "-" + field));
        }
        if (start) {
            svg.append(node(MARGIN, rowY, "first seen", "", "start", true));
        }
        for (int i = 0; i < states.size(); i++) {
            long code = states.get(i);
            String name = StateNames.of(entity, field, code).orElse("");
            svg.append(node(MARGIN + (i + offset) * SPACING, rowY, String.valueOf(code), name, String.valueOf(code),
                    false));
        }
        return svg.append("</svg>").toString();
    }

    private static int index(List<Long> states, Long state, int offset) {
        return state == null ? 0 : states.indexOf(state) + offset;
    }

    private static String node(int x, int y, String code, String name, String data, boolean start) {
        StringBuilder g = new StringBuilder("<g class=\"state").append(start ? " start" : "")
                .append("\" data-state=\"").append(Html.escape(data)).append("\"><rect x=\"").append(x)
                .append("\" y=\"").append(y).append("\" width=\"").append(NODE_W).append("\" height=\"")
                .append(NODE_H).append("\" rx=\"8\"/>");
        int cx = x + NODE_W / 2;
        if (name.isEmpty()) {
            g.append(text(cx, y + NODE_H / 2 + 5, code, "code"));
        } else {
            g.append(text(cx, y + 16, code, "code")).append(text(cx, y + 31, name, "name"));
        }
        return g.append("</g>").toString();
    }

    private static String edge(Edge e, int from, int to, int rowY, String markerId) {
        int x1 = MARGIN + from * SPACING + NODE_W / 2;
        int x2 = MARGIN + to * SPACING + NODE_W / 2;
        boolean right = to >= from;
        int span = Math.max(1, Math.abs(to - from));
        int yEdge = right ? rowY : rowY + NODE_H;
        int lift = ARC_STEP * span + 10;
        int apex = right ? yEdge - lift : yEdge + lift;
        // A quadratic curve's apex sits half way to its control point.
        int control = right ? yEdge - 2 * lift : yEdge + 2 * lift;
        int shift = right ? 10 : -10; // start and end off-centre, so a move and its return do not overlap
        StringBuilder g = new StringBuilder("<g class=\"edge").append(e.allowed() ? "" : " undocumented")
                .append("\" data-from=\"").append(e.from() == null ? "start" : e.from()).append("\" data-to=\"")
                .append(e.to()).append("\" data-count=\"").append(e.count()).append("\" data-allowed=\"")
                .append(e.allowed()).append("\"><title>").append(Html.escape((e.from() == null ? "first seen"
                        : String.valueOf(e.from())) + " → " + e.to() + ": " + e.count()
                        + (e.allowed() ? "" : " (not allowed by the documented state machine)"))).append("</title>");
        g.append("<path d=\"M").append(x1 + shift).append(',').append(yEdge).append(" Q")
                .append((x1 + x2) / 2).append(',').append(control).append(' ').append(x2 - shift).append(',')
                .append(yEdge).append("\" marker-end=\"url(#arrow-").append(Html.escape(markerId)).append(")\"/>");
        g.append(text((x1 + x2) / 2, right ? apex - 4 : apex + 13, "×" + e.count()
                + (e.allowed() ? "" : " UNDOCUMENTED"), "count"));
        return g.append("</g>").toString();
    }

    private static String text(int x, int y, String value, String css) {
        return "<text class=\"" + css + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\">"
                + Html.escape(Objects.requireNonNull(value)) + "</text>";
    }

}
