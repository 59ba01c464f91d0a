package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class RunFactsTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private static RunFacts facts(String target, boolean simulator, Set<String> features, Instant end) {
        return new RunFacts("run-1", target, "https://x/v2", simulator, features, null, "dev", START, end);
    }

    @Test
    void onlyANonSimulatorTargetNamedStagingCountsAsStaging() {
        assertThat(facts("staging", false, Set.of(), START).staging()).isTrue();
        assertThat(facts("simulator", true, Set.of(), START).staging()).isFalse();
        assertThat(facts("custom", false, Set.of(), START).staging()).isFalse();
    }

    @Test
    void rejectsAFeatureTheChecklistDoesNotKnow() {
        assertThatThrownBy(() -> facts("staging", false, Set.of("crypto"), START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'crypto'")
                .hasMessageContaining("Capability.tag()");
    }

    @Test
    void rejectsARunThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> facts("staging", false, Set.of(), START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends");
    }
}
