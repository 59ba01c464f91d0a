package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.simulator.wiremock.ChaosPlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** {@code --chaos SEED[:RATE]}: parsing, reproducibility, and one-line usage errors. */
final class ChaosOptionTest {

    @Test
    void aSeedAloneMeansATenthAndASeedWithARateIsTakenAsGiven() {
        assertThat(ChaosPlan.parse("1")).isEqualTo(new ChaosPlan(1, 0.1));
        assertThat(ChaosPlan.parse("7:0.5")).isEqualTo(new ChaosPlan(7, 0.5));
    }

    @Test
    void theSameSeedPlansTheSameFaultsAndAnotherSeedOthers() {
        ChaosPlan one = ChaosPlan.parse("1:0.1");
        var first = LongStream.rangeClosed(1, 2000).mapToObj(one::faultFor).toList();
        var again = LongStream.rangeClosed(1, 2000).mapToObj(ChaosPlan.parse("1:0.1")::faultFor).toList();
        var other = LongStream.rangeClosed(1, 2000).mapToObj(ChaosPlan.parse("2:0.1")::faultFor).toList();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        long hits = first.stream().filter(java.util.Optional::isPresent).count();
        assertThat(hits).as("about a tenth of 2000").isBetween(140L, 260L);
        assertThat(first.stream().flatMap(java.util.Optional::stream).distinct().count())
                .as("every kind is drawn").isEqualTo(ChaosPlan.Kind.values().length);
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        for (String bad : new String[] {"x", "1:2", "1:0", "1:abc", "1:0.1:3", ""}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run", "--chaos", bad);
            assertThat(code).as("exit for --chaos '%s'; err %s", bad, err).isEqualTo(2);
            assertThat(err.toString()).as(bad).contains("--chaos").doesNotContain("\tat ")
                    .containsAnyOf("SEED[:RATE]", "at most 0.5");
        }
        assertThatThrownBy(() -> new ChaosPlan(1, 0.6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chaosAgainstARealTargetIsAUsageErrorThatNamesTheSimulatorCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run",
                "--target", "https://127.0.0.1:1/v2", "--chaos", "3");
        assertThat(code).as("stderr %s", err).isEqualTo(2);
        assertThat(err.toString()).contains("golive simulator --chaos 3:0.1").doesNotContain("\tat ");
    }
}
