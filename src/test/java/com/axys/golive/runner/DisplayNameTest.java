package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class DisplayNameTest {

    private static final DisplayName LONG = new DisplayName(
            "Cardholder details that break a documented rule are refused",
            "Example #1.1: A cardholder whose firstName is one character long is refused");

    @Test
    void aNameThatFitsIsKeptWhole() {
        assertThat(LONG.fit(200)).isEqualTo(LONG.full()).isEqualTo("Cardholder details that break a documented"
                + " rule are refused › Example #1.1: A cardholder whose firstName is one character long is refused");
    }

    @Test
    void aLongNameIsCutToItsRoomKeepingMostOfTheScenario() {
        String fitted = LONG.fit(95);
        assertThat(fitted).hasSizeLessThanOrEqualTo(95).startsWith("Cardholder details").contains(" › Example #1.1: A"
                + " cardholder whose firstName").endsWith("…");
        assertThat(fitted.substring(fitted.indexOf(" › "))).hasSizeGreaterThan(fitted.indexOf(" › "));
    }

    @Test
    void aShortFeatureLeavesItsRoomToTheScenario() {
        DisplayName name = new DisplayName("Wallets", LONG.scenario() + " and more words to make it long");
        assertThat(name.fit(80)).hasSizeLessThanOrEqualTo(80).startsWith("Wallets › Example #1.1");
    }

    @Test
    void aScenarioWithoutAFeatureIsCutAlone() {
        assertThat(new DisplayName(null, LONG.scenario()).fit(30)).hasSize(30).endsWith("…");
    }
}
