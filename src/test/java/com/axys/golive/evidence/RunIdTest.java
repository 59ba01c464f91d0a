package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

final class RunIdTest {

    @Test
    void aRunIdIsAFolderNameNeverAPath() {
        assertThat(RunId.isValid(RunId.next(Clock.systemUTC(), "staging"))).isTrue();
        assertThat(RunId.isValid("20261204T221725Z-simulator-cf8214")).isTrue();
        assertThat(RunId.isValid("../20261204T221725Z-simulator-cf8214")).isFalse();
        assertThat(RunId.isValid("20261204T221725Z-simulator-cf8214/..")).isFalse();
        assertThat(RunId.isValid("")).isFalse();
        assertThat(RunId.isValid(null)).isFalse();
    }
}
