package com.axys.golive.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LuhnTest {

    @Test
    void acceptsKnownValidTestPan() {
        assertThat(Luhn.isValid("4111111111111111")).isTrue();
    }

    @Test
    void rejectsANumberWithOneDigitChanged() {
        assertThat(Luhn.isValid("4111111111111112")).isFalse();
    }

    @Test
    void checkDigitCompletesAValidNumber() {
        assertThat(Luhn.checkDigit("411111111111111")).isEqualTo(1);
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void rejectsNonDigits() {
        assertThat(Luhn.isValid("4111-1111-1111-1111")).isFalse();
    }
}
