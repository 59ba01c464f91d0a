package com.axys.golive.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle model writes the bytes the hand-built writer wrote: {@code src/test/resources/bundle-golden/} holds
 * the four streams of {@link SampleRun} as that writer produced them (same field order, nulls, omissions, chain).
 */
final class BundleBytesTest {

    @TempDir
    Path root;

    @Test
    void everyStreamIsByteForByteWhatTheFormerWriterWrote() throws IOException {
        Path dir = SampleRun.write(root);
        for (String stream : SampleRun.STREAMS) {
            if (Boolean.getBoolean("bundle.golden.write")) {
                Files.copy(dir.resolve(stream), Path.of("src/test/resources/bundle-golden").resolve(stream),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                continue; // -Dbundle.golden.write=true: only when the reference itself is meant to change
            }
            assertThat(new String(Files.readAllBytes(dir.resolve(stream)), java.nio.charset.StandardCharsets.UTF_8))
                    .as(stream).isEqualTo(golden(stream));
        }
    }

    private static String golden(String stream) throws IOException {
        try (InputStream in = BundleBytesTest.class.getResourceAsStream("/bundle-golden/" + stream)) {
            assertThat(in).as("golden " + stream).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
