package com.axys.golive.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SecretResolverTest {

    private static final String VALUE = "k-7f3a9c";

    @TempDir
    Path dir;

    private final SecretResolver resolver =
            new SecretResolver(Map.of("AXYS_API_KEY", VALUE, "BLANK", "  "), Duration.ofSeconds(10));

    @Test
    void resolvesEachSchemeToTheSameValue() throws IOException {
        Path file = Files.writeString(dir.resolve("api.key"), VALUE + "\n");

        assertThat(resolver.resolve(SecretRef.parse("env:AXYS_API_KEY")).asString()).isEqualTo(VALUE);
        assertThat(resolver.resolve(SecretRef.parse(file.toString())).asString()).isEqualTo(VALUE);
        assertThat(resolver.resolve(SecretRef.parse("exec:echo " + VALUE)).asString()).isEqualTo(VALUE);
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.key"), "\n");

        assertThatThrownBy(() -> resolver.resolve(SecretRef.parse("file:" + file)))
                .isInstanceOf(HarnessException.class)
                .hasMessage("secret 'file:" + file + "' is empty; put the value in the file");
    }

    @Test
    void rejectsACommandThatPrintsNothing() {
        assertThatThrownBy(() -> resolver.resolve(SecretRef.parse("exec:true")))
                .isInstanceOf(HarnessException.class)
                .hasMessage("secret 'exec:true' is empty; make the command print the secret on stdout");
    }

    @Test
    void neverPutsTheValueInAMessageOrToString() throws IOException {
        Path file = Files.writeString(dir.resolve("api.key"), VALUE);
        List<String> printed = new ArrayList<>();
        for (String working : List.of("env:AXYS_API_KEY", "file:" + file, "exec:cat " + file)) {
            Secret secret = resolver.resolve(SecretRef.parse(working));
            printed.add(secret.toString());
            printed.add(secret.source());
        }
        for (String failing : List.of("exec:cat " + file + "; cat " + file + " >&2; exit 2",
                "exec:cat " + file + "; exit 1", "env:BLANK", "env:UNSET", "file:" + dir, "file:" + file + ".old")) {
            Throwable thrown = catchThrowable(() -> resolver.resolve(SecretRef.parse(failing)));
            assertThat(thrown).isInstanceOf(HarnessException.class);
            printed.add(thrown.getMessage());
        }

        assertThat(printed).hasSize(12).noneMatch(text -> text.contains(VALUE));
    }

    @Test
    void refusesAValueGivenWhereAReferenceBelongsWithoutRepeatingIt() {
        String pasted = "sk_live_7Hq2Zp9xLm4vRt8w";

        Throwable thrown = catchThrowable(() -> resolver.resolve(SecretRef.parse(pasted)));

        assertThat(thrown).isInstanceOf(HarnessException.class)
                .hasMessage("a credential was given as plain text that names no file (not shown: it may be the"
                        + " secret itself); give a reference, env:NAME, file:/path or exec:<command> (the API key"
                        + " itself goes in AXYS_API_KEY)")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void refusesPemTextOrLineBreaksGivenWhereAReferenceBelongsWithoutRepeatingThem() {
        String pem = "-----BEGIN " + "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcw\n-----END "
                + "PRIVATE KEY-----";

        for (String pasted : List.of(pem, "k-7f3a9c\nsecond line", "k-7f3a9c\u0007")) {
            Throwable thrown = catchThrowable(() -> SecretRef.parse(pasted));

            assertThat(thrown).isInstanceOf(HarnessException.class)
                    .hasMessageStartingWith("a credential was given as text that cannot be a reference or a path"
                            + " (it holds ");
            assertThat(thrown.getMessage()).doesNotContain("MIIEv", "k-7f3a9c", "second line");
        }
    }

    @Test
    void rejectsANonPositiveExecTimeout() {
        assertThatThrownBy(() -> new SecretResolver(Map.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
