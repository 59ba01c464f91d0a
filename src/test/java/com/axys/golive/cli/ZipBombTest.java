package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golive evidence verify} of a zip an auditor was sent, small on disk and huge unpacked, in a child JVM with
 * a small heap (as a laptop's default would be for a 1 GiB entry): one line and exit 4, never out of memory.
 */
final class ZipBombTest {

    /** Zeros deflate about 1000:1: this entry is about 256 KiB in the zip. */
    private static final long UNPACKED = 256L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    @Tag("security")
    void verifyRefusesAZipThatUnpacksFarBeyondItsSizeWithOneLineAndExit4() throws Exception {
        Path zip = bomb(dir.resolve("20261126T110000Z-staging-3f9a1c.zip"));
        assertThat(Files.size(zip)).as("the bomb is small on disk").isLessThan(2L * 1024 * 1024);
        Files.createDirectories(dir.resolve("tmp"));

        ChildGolive child = ChildGolive.start(dir.resolve("tmp"), dir.resolve("verify.log"), List.of("-Xmx64m"),
                "evidence", "verify", zip.toString());
        int code = child.awaitExit(Duration.ofSeconds(60));

        String output = child.output();
        assertThat(code).as("exit code; output:%n%s", output).isEqualTo(4);
        assertThat(output.lines().filter(l -> l.startsWith("golive: error: ")).toList()).singleElement()
                .asString().contains("calls.jsonl").contains("unpacks to more than");
        assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** A bundle-shaped zip (a run folder with a manifest) whose calls.jsonl is {@link #UNPACKED} zeros. */
    private static Path bomb(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("20261126T110000Z-staging-3f9a1c/manifest.json"));
            out.write("{\"format\":\"golive-evidence/1\"}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("20261126T110000Z-staging-3f9a1c/calls.jsonl"));
            zeros(out, UNPACKED);
            out.closeEntry();
        }
        return zip;
    }

    private static void zeros(OutputStream out, long count) throws IOException {
        byte[] block = new byte[64 * 1024];
        for (long written = 0; written < count; written += block.length) {
            out.write(block);
        }
    }
}
