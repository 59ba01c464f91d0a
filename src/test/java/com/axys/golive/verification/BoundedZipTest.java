package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify's bounded reads of a zip, with the limits lowered so that a few MiB of zeros stand for a zip bomb. */
@Tag("security")
final class BoundedZipTest {

    private static final String TOP = TestBundles.RUN_ID + "/";
    private static final ZipLimits SMALL = new ZipLimits(20, 1L << 20, 3L << 20, 50, 64 * 1024);

    @TempDir
    Path dir;

    private final BundleVerifier verifier = new BundleVerifier(SMALL);

    @Test
    void refusesAnEntryThatUnpacksBeyondItsCompressedSizeTimesTheRatio() throws IOException {
        Path zip = zip(512 * 1024, 1);

        assertRefused(zip, "entry " + TOP + "calls.jsonl unpacks to more than 50 times its");
    }

    @Test
    void refusesAnEntryThatUnpacksBeyondTheEntryLimit() throws IOException {
        ZipLimits noRatio = new ZipLimits(20, 1L << 20, 3L << 20, Integer.MAX_VALUE, 0);

        assertThatThrownBy(() -> new BundleVerifier(noRatio).verify(zip(2 << 20, 1)))
                .hasMessageContaining("entry " + TOP + "calls.jsonl unpacks to more than 1 MiB");
    }

    @Test
    void refusesAZipThatUnpacksBeyondTheTotal() throws IOException {
        ZipLimits noRatio = new ZipLimits(20, 1L << 20, 3L << 20, Integer.MAX_VALUE, 0);

        assertThatThrownBy(() -> new BundleVerifier(noRatio).verify(zip(900 * 1024, 4)))
                .hasMessageContaining("unpacks to more than 3 MiB in all");
    }

    @Test
    void refusesAZipOfTooManyEntries() throws IOException {
        assertRefused(zip(10, 25), "holds more than 20 entries");
    }

    @Test
    void readsAPackedBundleWithinTheStandardLimits() {
        Path bundle = new TestBundles().complete(dir.resolve("evidence"));
        Path packed = new BundlePacker().pack(bundle, dir.resolve("handover/run.zip"));

        assertThat(new BundleVerifier().verify(packed).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    private void assertRefused(Path zip, String what) {
        assertThatThrownBy(() -> verifier.verify(zip))
                .isInstanceOf(HarnessException.class)
                .hasMessageStartingWith(zip.getFileName() + " ")
                .hasMessageContaining(what)
                .hasMessageEndingWith("nothing was extracted; this is not a zip 'golive evidence pack' makes (a zip"
                        + " bomb, or another archive): ask the sender for the original zip or the run folder")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.EVIDENCE);
    }

    /** A bundle-shaped zip: a manifest, then {@code entries} files of {@code zeros} zero bytes each. */
    private Path zip(int zeros, int entries) throws IOException {
        Path zip = dir.resolve("bomb-" + zeros + "-" + entries + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(TOP + "manifest.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (int i = 0; i < entries; i++) {
                out.putNextEntry(new ZipEntry(TOP + (i == 0 ? "calls.jsonl" : "extra-" + i + ".txt")));
                out.write(new byte[zeros]);
                out.closeEntry();
            }
        }
        return zip;
    }
}
