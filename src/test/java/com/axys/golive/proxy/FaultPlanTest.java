package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

final class FaultPlanTest {

    @Test
    void theSameSeedInjectsTheSameFaultsOnTheSameRequestNumbers() {
        FaultPlan a = FaultPlan.parse("429:5%,503:2%,timeout:1%,reset-after-send:1%", 42);
        FaultPlan b = FaultPlan.parse("429:5%,503:2%,timeout:1%,reset-after-send:1%", 42);
        FaultPlan other = FaultPlan.parse("429:5%,503:2%,timeout:1%,reset-after-send:1%", 43);
        assertThat(LongStream.rangeClosed(1, 2000).mapToObj(a::decide).toList())
                .isEqualTo(LongStream.rangeClosed(1, 2000).mapToObj(b::decide).toList())
                .isNotEqualTo(LongStream.rangeClosed(1, 2000).mapToObj(other::decide).toList());
    }

    @Test
    void eachFaultMeetsAboutItsShareOfRequests() {
        FaultPlan plan = FaultPlan.parse("429:5%,503:0.02,timeout:1%,reset-after-send:1%", 7);
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        int n = 100_000;
        for (long i = 1; i <= n; i++) {
            plan.decide(i).ifPresent(k -> counts.merge(k, 1, Integer::sum));
        }
        assertThat(counts.get(FaultKind.RATE_LIMITED) / (double) n).isBetween(0.045, 0.055);
        assertThat(counts.get(FaultKind.UNAVAILABLE) / (double) n).isBetween(0.017, 0.023);
        assertThat(counts.get(FaultKind.TIMEOUT) / (double) n).isBetween(0.008, 0.012);
        assertThat(counts.get(FaultKind.RESET_AFTER_SEND) / (double) n).isBetween(0.008, 0.012);
        assertThat(plan.describe()).isEqualTo("seed 7: 429 5%, 503 2%, timeout 1%, reset-after-send 1%");
    }

    @Test
    void aPlanThatCannotBeReadSaysHowToWriteOne() {
        assertThatThrownBy(() -> FaultPlan.parse("418:5%", 1)).isInstanceOf(HarnessException.class)
                .hasMessageContaining("'418' is not a fault").hasMessageContaining("KIND:RATE");
        assertThatThrownBy(() -> FaultPlan.parse("429", 1)).hasMessageContaining("has no rate");
        assertThatThrownBy(() -> FaultPlan.parse("429:abc", 1)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> FaultPlan.parse("429:5%,429:1%", 1)).hasMessageContaining("given twice");
        assertThatThrownBy(() -> FaultPlan.parse("429:60%,503:60%", 1)).hasMessageContaining("more than every");
        assertThatThrownBy(() -> FaultPlan.parse(",", 1)).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> FaultPlan.parse("429:5%,,503:1%", 1)).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> FaultPlan.parse("429:5%,", 1)).hasMessageContaining("empty entry");
        assertThat(FaultPlan.parse(null, 1).isEmpty()).isTrue();
        assertThat(FaultPlan.NONE.decide(1)).isEmpty();
    }
}
