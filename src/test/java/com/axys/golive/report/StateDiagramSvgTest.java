package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state diagram of the auditor's page: one arc per observed move, counted, in the documented lifecycle order. */
final class StateDiagramSvgTest {

    private final List<TransitionRecord> seen = new ArrayList<>();

    private void saw(Long from, long to, boolean allowed, int times) {
        for (int i = 0; i < times; i++) {
            seen.add(new TransitionRecord(seen.size() + 1, "cardholder", "100" + seen.size(), "status", from, to,
                    "2026-12-04T10:00:00Z", seen.size() + 1, "a scenario", allowed, allowed ? "" : "undocumented"));
        }
    }

    @Test
    void countsEachMoveOnceAndDrawsTheStatesInLifecycleOrderWithTheirNames() {
        saw(null, 3L, true, 2);
        saw(3L, 1L, true, 3);
        saw(null, 4L, true, 1);
        saw(4L, 3L, true, 1);
        saw(1L, 4L, false, 1);
        seen.add(new TransitionRecord(99, "card", "8", "issuerCardStatus", null, 1, "", 9, "", true, ""));

        List<StateDiagramSvg.Edge> edges = StateDiagramSvg.edges(seen, "cardholder", "status");
        assertThat(edges).containsExactly(new StateDiagramSvg.Edge(null, 3, 2, true),
                new StateDiagramSvg.Edge(3L, 1, 3, true), new StateDiagramSvg.Edge(null, 4, 1, true),
                new StateDiagramSvg.Edge(4L, 3, 1, true), new StateDiagramSvg.Edge(1L, 4, 1, false));

        String svg = StateDiagramSvg.render("cardholder", "status", edges);
        assertThat(svg).startsWith("<svg class=\"states\"").endsWith("</svg>")
                .contains("<g class=\"edge\" data-from=\"3\" data-to=\"1\" data-count=\"3\" data-allowed=\"true\">")
                .contains("<g class=\"edge undocumented\" data-from=\"1\" data-to=\"4\" data-count=\"1\""
                        + " data-allowed=\"false\">").contains("×1 UNDOCUMENTED")
                .contains("data-from=\"start\" data-to=\"3\" data-count=\"2\"")
                .contains(">Under Review</text>").contains(">Draft</text>").contains(">Approved</text>")
                .doesNotContain("data-state=\"8\"");
        assertThat(svg.indexOf("data-state=\"start\"")).isLessThan(svg.indexOf("data-state=\"4\""));
        assertThat(svg.indexOf("data-state=\"4\"")).as("Draft before Under Review")
                .isLessThan(svg.indexOf("data-state=\"3\""));
        assertThat(svg.indexOf("data-state=\"3\"")).as("Under Review before Approved")
                .isLessThan(svg.indexOf("data-state=\"1\""));
    }

    @Test
    void aValueFromTheBundleIsEscapedAndAnUnnamedStateShowsItsCode() {
        seen.add(new TransitionRecord(1, "transaction", "7", "transStatus", null, 0, "", 1, "", true, ""));
        seen.add(new TransitionRecord(2, "transaction", "7", "transStatus", 0L, 1, "", 2, "", true, ""));
        String svg = StateDiagramSvg.render("transaction", "trans<Status>",
                StateDiagramSvg.edges(seen, "transaction", "transStatus"));
        assertThat(svg).contains("data-field=\"trans&lt;Status&gt;\"").doesNotContain("<Status>")
                .contains("<text class=\"code\" x=\"").contains(">0</text>").contains(">1</text>");
    }
}
