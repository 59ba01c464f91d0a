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
        assertThat(first.stream().flatMap(java.util.Optional::stream).distinct().toList())
                .as("every transport and gateway kind is drawn, no review outcome on an ordinary request")
                .hasSize(ChaosPlan.Kind.values().length - 2).noneMatch(ChaosPlan.Kind::reviewOutcome);
    }

    @Test
    void aKycValidationAlsoMeetsTheEmulationEnginesSpontaneousOutcomesAndStillTheSameForTheSameSeed() {
        ChaosPlan one = ChaosPlan.parse("1:0.2");
        var review = LongStream.rangeClosed(1, 2000).mapToObj(seq -> one.faultFor(seq, true)).toList();
        assertThat(LongStream.rangeClosed(1, 2000).mapToObj(seq -> ChaosPlan.parse("1:0.2").faultFor(seq, true))
                .toList()).isEqualTo(review);
        var kinds = review.stream().flatMap(java.util.Optional::stream).toList();
        long outcomes = kinds.stream().filter(ChaosPlan.Kind::reviewOutcome).count();
        assertThat(outcomes).as("about half the faults of a validation are review outcomes")
                .isBetween(kinds.size() / 3L, kinds.size() * 2L / 3);
        assertThat(kinds).contains(ChaosPlan.Kind.SPONTANEOUS_ADMIN_DECLINE, ChaosPlan.Kind.SPONTANEOUS_ERROR,
                ChaosPlan.Kind.SLOW_ANSWER);
        assertThat(review.stream().filter(java.util.Optional::isPresent).count())
                .as("the rate is the same for a validation").isEqualTo(LongStream.rangeClosed(1, 2000)
                        .mapToObj(one::faultFor).filter(java.util.Optional::isPresent).count());
    }

    @Test
    void theFaultLogNamesAnOtpCallByItsTokensFingerprintNeverTheToken() {
        String token = "c2VjcmV0LW90cC10b2tlbi0xMjM0NTY3ODkw";
        var fault = new com.axys.golive.simulator.wiremock.InjectedFault(7, "GET", "/v2/otp/" + token,
                ChaosPlan.Kind.SLOW_ANSWER, java.time.Instant.EPOCH);
        String marker = com.axys.golive.redaction.Markers.fingerprinted("token", token);
        assertThat(fault.jsonLine()).doesNotContain(token).contains("/v2/otp/" + marker);
        assertThat(fault.consoleLine()).doesNotContain(token).contains(marker);
        assertThat(new com.axys.golive.simulator.wiremock.InjectedFault(8, "POST", "/v2/otp/listeners",
                ChaosPlan.Kind.SERVER_ERROR, java.time.Instant.EPOCH).path()).isEqualTo("/v2/otp/listeners");
    }

    @Test
    void aSlowAnswerIsHeldPastTheClientsTimeoutAndNeverForNothing() {
        assertThat(ChaosPlan.parse("1").hold()).isEqualTo(ChaosPlan.DEFAULT_HOLD)
                .isGreaterThan(java.time.Duration.ofSeconds(30));
        assertThat(ChaosPlan.parse("1").withHold(java.time.Duration.ofSeconds(4)).hold())
                .isEqualTo(java.time.Duration.ofSeconds(4));
        assertThatThrownBy(() -> ChaosPlan.parse("1").withHold(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
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
