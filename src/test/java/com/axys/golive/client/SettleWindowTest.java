package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class SettleWindowTest {

    @Test
    void waitsBackOffToEightSecondsAndAddUpToTheWindow() {
        assertThat(new SettleWindow(Duration.ofSeconds(30)).waits()).extracting(Duration::toSeconds)
                .containsExactly(1L, 2L, 4L, 8L, 8L, 7L);
        assertThat(new SettleWindow(Duration.ofSeconds(2)).waits()).extracting(Duration::toSeconds)
                .containsExactly(1L, 1L);
    }

    @Test
    void aZeroWindowReadsOnceWithoutWaiting() {
        assertThat(new SettleWindow(Duration.ZERO).waits()).isEmpty();
    }

    @Test
    void aNegativeOrHoursLongWindowIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new SettleWindow(Duration.ofSeconds(-1)))
                .hasMessageContaining("client.transferSettleSeconds");
        assertThatThrownBy(() -> new SettleWindow(Duration.ofHours(2))).hasMessageContaining("60 min");
    }
}
