package com.axys.golive.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FileSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileExactlyAsStored() throws IOException {
        Path file = Files.writeString(dir.resolve("api.key"), "k-123\n");

        Secret secret = new FileSource(dir).read(SecretRef.parse("file:" + file));

        assertThat(secret.bytes()).hasSize(6);
        assertThat(secret.asString()).isEqualTo("k-123");
        assertThat(secret.source()).isEqualTo("file:" + file);
    }

    @Test
    void expandsTildeToTheHomeDirectory() throws IOException {
        Files.createDirectories(dir.resolve("axys"));
        Files.writeString(dir.resolve("axys/api.key"), "k-123");

        Secret secret = new FileSource(dir).read(SecretRef.parse("~/axys/api.key"));

        assertThat(secret.asString()).isEqualTo("k-123");
        assertThat(secret.source()).isEqualTo("file:~/axys/api.key");
    }

    @Test
    void resolvesARelativePathAgainstTheWorkingDirectory() {
        assertThat(new FileSource(dir).expand("certs/program.key"))
                .isEqualTo(Path.of("").toAbsolutePath().resolve("certs/program.key"));
    }

    @Test
    void rejectsAMissingFileNamingTheResolvedPath() {
        Path missing = dir.resolve("missing.key");

        assertThatThrownBy(() -> new FileSource(dir).read(SecretRef.parse("file:" + missing)))
                .isInstanceOf(HarnessException.class)
                .hasMessage("secret file 'file:" + missing + "' (resolved to " + missing
                        + ") does not exist; check the path")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void rejectsADirectory() {
        assertThatThrownBy(() -> new FileSource(dir).read(SecretRef.parse("file:" + dir)))
                .isInstanceOf(HarnessException.class)
                .hasMessageEndingWith("is a directory; point the reference at a file");
    }

    @Test
    void rejectsAFileLargerThanAnySecret() throws IOException {
        Path big = Files.write(dir.resolve("big.bin"), new byte[SecretResolver.MAX_BYTES + 1]);

        assertThatThrownBy(() -> new FileSource(dir).read(SecretRef.parse("file:" + big)))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("is larger than 1 MiB");
    }
}
