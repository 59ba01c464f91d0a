package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class SimulatorOptionsTest {

    private static SimulatorOptions options(int port, String apiKey) {
        return new SimulatorOptions(port, Path.of("server.p12"), Path.of("trust.p12"), "s3cret-pw".toCharArray(),
                apiKey, null, null);
    }

    @Test
    void fillsInTheDefaultProgramClockAndSeed() {
        SimulatorOptions options = options(0, "key-1");
        assertThat(options.program()).isEqualTo(ProgramProfile.defaults());
        assertThat(options.clock()).isNotNull();
        assertThat(options.seed()).isEqualTo(SimulatorOptions.DEFAULT_SEED);
    }

    @Test
    void neverShowsThePasswordOrTheApiKey() {
        assertThat(options(0, "key-1").toString()).doesNotContain("s3cret-pw").doesNotContain("key-1");
    }

    @Test
    void keepsItsOwnCopyOfThePassword() {
        SimulatorOptions options = options(0, "key-1");
        options.storePassword()[0] = 'X';
        assertThat(options.storePassword()).isEqualTo("s3cret-pw".toCharArray());
    }

    @Test
    void refusesABadPortOrABlankKey() {
        assertThatThrownBy(() -> options(70_000, "key-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> options(0, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey");
    }

    @Test
    void withersChangeOneThing() {
        SimulatorOptions options = options(0, "key-1").withPort(8443).withSeed(7L);
        assertThat(options.port()).isEqualTo(8443);
        assertThat(options.seed()).isEqualTo(7L);
        assertThat(options.apiKey()).isEqualTo("key-1");
    }
}
