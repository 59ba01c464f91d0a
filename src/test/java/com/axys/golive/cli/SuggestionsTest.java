package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SuggestionsTest {

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(Suggestions.distance("rnu", "run")).isEqualTo(1);
        assertThat(Suggestions.distance("--tgas", "--tags")).isEqualTo(1);
    }

    @Test
    void insertionsDeletionsAndReplacementsCountOneEach() {
        assertThat(Suggestions.distance("verfy", "verify")).isEqualTo(1);
        assertThat(Suggestions.distance("prefligt", "preflight")).isEqualTo(1);
        assertThat(Suggestions.distance("preflite", "preflight")).isEqualTo(3);
        assertThat(Suggestions.distance("", "run")).isEqualTo(3);
        assertThat(Suggestions.distance("run", "run")).isZero();
    }
}
