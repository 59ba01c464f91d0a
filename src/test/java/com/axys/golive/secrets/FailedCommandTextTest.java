package com.axys.golive.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class FailedCommandTextTest {

    private static String shown(String stderr, String stdout) {
        return FailedCommandText.of(stderr.getBytes(StandardCharsets.UTF_8), stdout.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void showsAPlainFirstLine() {
        assertThat(shown("\n  vault: permission denied\nsecond\n", "")).isEqualTo(": vault: permission denied");
    }

    @Test
    void withholdsALineHoldingAPieceOfTheOutput() {
        assertThat(shown("token 'k-7f3a' rejected", "k-7f3a9c\n"))
                .isEqualTo(" (stderr not shown: it repeats the command's output)");
    }

    @Test
    void redactsKeyLikeBlobsButKeepsWordsAndPaths() {
        assertThat(shown("open /opt/vault/bin/vault: key 3f9a0c7d2b1e4f5a6b7c8d9e rejected", ""))
                .isEqualTo(": open /opt/vault/bin/vault: key [REDACTED:secret-output] rejected");
    }

    @Test
    void saysSoWhenStderrIsEmpty() {
        assertThat(shown(" \n", "value")).isEqualTo(" (nothing on stderr)");
    }
}
