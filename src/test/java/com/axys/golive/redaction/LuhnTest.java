package com.axys.golive.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LuhnTest {

    @Test
    void acceptsKnownTestCardNumbers() {
        assertThat(Luhn.valid("4111111111111111")).isTrue();
        assertThat(Luhn.valid("5555555555554444")).isTrue();
        assertThat(Luhn.valid("378282246310005")).isTrue();
    }

    @Test
    void rejectsAChangedDigitAndNonDigits() {
        assertThat(Luhn.valid("4111111111111112")).isFalse();
        assertThat(Luhn.valid("41111111111a1111")).isFalse();
        assertThat(Luhn.valid("")).isFalse();
    }
}
