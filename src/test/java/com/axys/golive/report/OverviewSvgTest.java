package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The call timeline stays one drawing's size however long the run, and a lone refusal still shows in it. */
final class OverviewSvgTest {

    private static final Pattern TICK = Pattern.compile("data-seq=\"([\\d-]+)\" data-status=\"(-?\\d+)\"");

    @Test
    void aShortRunDrawsOneTickPerCall() {
        List<String> ticks = ticks(OverviewSvg.timeline(calls(5, 3, 404)));
        assertThat(ticks).containsExactly("1:200", "2:200", "3:404", "4:200", "5:200");
    }

    @Test
    void aLongRunSharesTicksAndEachSharedTickShowsItsWorstAnswer() {
        int n = 200_000;
        String svg = OverviewSvg.timeline(calls(n, 123_457, 503));
        List<String> ticks = ticks(svg);
        assertThat(ticks).hasSize(OverviewSvg.MAX_TICKS);
        assertThat(ticks.get(0)).startsWith("1-");
        assertThat(ticks.get(ticks.size() - 1)).endsWith("-" + n + ":200");
        assertThat(ticks).filteredOn(t -> t.endsWith(":503")).as("the one 503 among 200,000 calls").hasSize(1)
                .allSatisfy(t -> {
                    String[] range = t.substring(0, t.indexOf(':')).split("-");
                    assertThat(Long.parseLong(range[0])).isLessThanOrEqualTo(123_457);
                    assertThat(Long.parseLong(range[1])).isGreaterThanOrEqualTo(123_457);
                });
        assertThat(svg.length()).as("the drawing's size").isLessThan(120_000);
        assertThat(svg).contains("<title>200000 calls in the order they were made</title>");
    }

    private static List<String> ticks(String svg) {
        Matcher m = TICK.matcher(svg);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + ":" + m.group(2));
        }
        return out;
    }

    /** {@code n} calls answered 200 but call {@code odd}, answered {@code status}. */
    private static List<CallRecord> calls(int n, int odd, int status) {
        List<CallRecord> calls = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            calls.add(new CallRecord(i, "s", "features/x.feature", List.of(), "GET", "getCardholder",
                    "/cardholders/{id}", "/cardholders/1", i == odd ? status : 200, "pass", List.of(), Set.of(),
                    null, null));
        }
        return calls;
    }
}
