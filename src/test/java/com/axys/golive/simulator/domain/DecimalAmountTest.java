package com.axys.golive.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class DecimalAmountTest {

    @ParameterizedTest(name = "{0} is {1} minor units")
    @CsvSource({"12.50, 1250", "12.5, 1250", "12, 1200", "0.05, 5", "999999999.99, 99999999999"})
    void readsDecimalStringsWithUpToTwoDecimals(String text, long minor) {
        assertThat(DecimalAmount.parse(text)).hasValue(minor);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"12.505", "-1.00", "1,00", ".50", "12.", "1e3", "", "1234567890.00"})
    void refusesAnythingElse(String text) {
        assertThat(DecimalAmount.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"1250, 12.50", "5, 0.05", "0, 0.00", "-38, -0.38", "100000, 1000.00"})
    void writesTwoDecimals(long minor, String text) {
        assertThat(DecimalAmount.format(minor)).isEqualTo(text);
    }
}
