package com.axys.golive.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TestCardholderIdentityTest {

    @Test
    void emailCarriesTheRunsDateAndSuffixWithinFiftyCharacters() {
        String email = TestCardholderIdentity.email("20261126T105500Z-production-3f9a1c");
        assertThat(email).isEqualTo("golive-verify+202611263f9a1c@example.com").hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void anUnexpectedRunIdStillGivesAShortAddress() {
        assertThat(TestCardholderIdentity.email("a-very-long-run-identifier-that-nobody-expected-at-all"))
                .startsWith("golive-verify+").endsWith("@example.com").hasSizeLessThanOrEqualTo(50);
    }
}
