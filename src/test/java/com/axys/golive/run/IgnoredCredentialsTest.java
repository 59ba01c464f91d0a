package com.axys.golive.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.config.Credentials;
import com.axys.golive.secrets.SecretRef;
import com.axys.golive.secrets.SecretResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IgnoredCredentialsTest {

    @TempDir
    Path dir;

    private final SecretResolver secrets = SecretResolver.withEnvironment(Map.of());

    private static Credentials certAndKey(SecretRef cert, SecretRef key) {
        return new Credentials(cert, key, null, null, null, null, null);
    }

    @Test
    void refusesAFileReferenceThatNamesNoFileNamingTheFlag() {
        Path missing = dir.resolve("program.key");

        assertThatThrownBy(() -> IgnoredCredentials.requireFilesExist(
                certAndKey(null, SecretRef.parse("file:" + missing)), secrets))
                .isInstanceOf(HarnessException.class)
                .hasMessageStartingWith("--key: secret file 'file:" + missing + "'")
                .hasMessageContaining("does not exist")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void acceptsExistingFilesAndNeverRunsCommandsOrReadsVariables() throws IOException {
        Path cert = Files.writeString(dir.resolve("program.crt"), "not read");
        Path ran = dir.resolve("ran");

        assertThatCode(() -> IgnoredCredentials.requireFilesExist(certAndKey(SecretRef.parse(cert.toString()),
                SecretRef.parse("exec:touch " + ran)), secrets)).doesNotThrowAnyException();
        assertThatCode(() -> IgnoredCredentials.requireFilesExist(certAndKey(null, SecretRef.parse("env:UNSET")),
                secrets)).doesNotThrowAnyException();
        assertThat(ran).doesNotExist();
    }

    @Test
    void notesWhatIsIgnored() {
        assertThat(IgnoredCredentials.note(Credentials.none())).isEmpty();
        assertThat(IgnoredCredentials.note(certAndKey(SecretRef.parse("env:C"), SecretRef.parse("env:K"))))
                .contains("--cert, --key are ignored: the simulator issues its own client certificate and API key");
    }
}
