package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ScenarioFailureTest {

    @Test
    void oneLineKeepsAnAssertionsExpectedAndActualValues() {
        ScenarioFailure f = new ScenarioFailure("Refusals › A wrong key", "[HTTP status of the last call] \n"
                + "expected: 422\n but was: 401");
        assertThat(f.oneLine(300)).isEqualTo("Refusals › A wrong key: [HTTP status of the last call] expected: 422"
                + " but was: 401");
    }

    @Test
    void aLongMessageIsCutWithAnEllipsis() {
        ScenarioFailure f = new ScenarioFailure("S", "x".repeat(500));
        assertThat(f.oneLine(100)).hasSize(100).endsWith("…");
    }

    @Test
    void aMissingMessageSaysSo() {
        assertThat(new ScenarioFailure("S", null).oneLine(100)).isEqualTo("S: (no message)");
    }
}
