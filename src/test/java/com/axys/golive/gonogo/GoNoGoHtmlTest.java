package com.axys.golive.gonogo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page escapes what it reads, and says which warnings stand when the verdict is GO WITH WARNINGS. */
final class GoNoGoHtmlTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @Test
    void everyValueFromTheInputsIsEscaped() {
        PreflightResults preflight = new PreflightResults(HOSTILE, "ab", null, "production " + HOSTILE, List.of(
                new PreflightResults.Check(HOSTILE, List.of(HOSTILE), "FAIL", HOSTILE, HOSTILE)));
        Phase3Results phase3 = new Phase3Results(HOSTILE, HOSTILE, HOSTILE, HOSTILE, false, List.of(
                new Phase3Results.Test(1, HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE)), true, HOSTILE,
                List.of(new Phase3Results.SignOffRecord("P4.PRE.03", HOSTILE, HOSTILE, HOSTILE)));

        String html = GoNoGoHtml.render(GoNoGo.decide(preflight, phase3), List.of(new Phase4Item("P4.PRE.03",
                HOSTILE, HOSTILE, "manual", phase3.signOffs().get(0))), Instant.parse("2026-12-04T10:00:00Z"));

        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;alert(1)")
                .contains("data-verdict=\"NO_GO\"");
    }

    @Test
    void goWithWarningsNamesEachWarningAndSaysWhatItMeans() {
        PreflightResults preflight = new PreflightResults("p", "ab", null, "production (https://x/v2)", List.of(
                new PreflightResults.Check("validity", List.of("P2.CERT.03"), "WARN", "expires in 12 days",
                        "renew it before launch")));
        Phase3Results phase3 = new Phase3Results("b", "run", "production", "https://x/v2", false, List.of(
                new Phase3Results.Test(1, "P3.01", "Auth test", "200", "PASS", "")), true, "VERIFIED: run",
                List.of());

        String html = GoNoGoHtml.render(GoNoGo.decide(preflight, phase3), List.of(), Instant.EPOCH);

        assertThat(html).contains("data-verdict=\"GO_WITH_WARNINGS\"").contains("class=\"banner warn\"")
                .contains("<td>validity</td><td>expires in 12 days</td><td>renew it before launch</td>")
                .contains("id=\"warnings-meaning\"").contains("never a plain GO")
                .contains("<h2>Red items (NO-GO) (0)</h2>\n<p>Nothing is red.</p>");
    }
}
