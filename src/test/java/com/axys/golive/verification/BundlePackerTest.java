package com.axys.golive.verification;

import static com.axys.golive.verification.TestBundles.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.RunMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BundlePackerTest {

    @TempDir
    Path root;

    private final TestBundles bundles = new TestBundles();
    private final BundlePacker packer = new BundlePacker();
    private final BundleVerifier verifier = new BundleVerifier();

    private static List<String> defects(VerificationReport report) {
        return report.defects().stream().map(Problem::text).toList();
    }

    @Test
    void aPackedBundleVerifiesFromTheZipAndItsChecksumMatches() throws Exception {
        Path bundle = bundles.complete(root.resolve("evidence"));

        Path zip = packer.pack(bundle, root.resolve("out/run.zip"));

        assertThat(zip).isEqualTo(root.resolve("out/run.zip").toAbsolutePath());
        assertThat(Files.readString(root.resolve("out/run.zip.sha256")))
                .isEqualTo(Hashing.sha256(zip) + "  run.zip\n");
        VerificationReport report = verifier.verify(zip);
        assertThat(report.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(report.verdictLine()).isEqualTo(verifier.verify(bundle).verdictLine());
        assertThat(report.bundle()).isEqualTo(zip.toString());
    }

    @Test
    void withoutAnOutputTheZipGoesBesideTheBundle() {
        Path bundle = bundles.complete(root);

        assertThat(packer.pack(bundle, null)).isEqualTo(root.resolve(RUN_ID + ".zip").toAbsolutePath());
        assertThat(root.resolve(RUN_ID + ".zip.sha256")).exists();
    }

    @Test
    void theZipIsDeterministicSortedAndRootedInTheBundleFolder() throws Exception {
        Path bundle = bundles.complete(root.resolve("evidence"));
        Path first = packer.pack(bundle, root.resolve("first.zip"));
        try (var files = Files.walk(bundle)) {
            files.forEach(p -> touch(p, FileTime.from(Instant.parse("2031-01-01T00:00:00Z"))));
        }
        Path second = packer.pack(bundle, root.resolve("second.zip"));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (ZipFile zip = new ZipFile(first.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            List<String> names = entries.stream().map(ZipEntry::getName).toList();
            assertThat(names).isSorted().allMatch(n -> n.startsWith(RUN_ID + "/"))
                    .contains(RUN_ID + "/manifest.json", RUN_ID + "/calls.jsonl", RUN_ID + "/" + TestBundles.REPORT);
            assertThat(entries).allSatisfy(e -> assertThat(e.getTimeLocal())
                    .isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0)));
        }
    }

    @Test
    void aCorruptBundleIsNotPacked() throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.deleteLine(bundle.resolve("calls.jsonl"), 2);
        Path zip = root.resolve("run.zip");

        assertThatThrownBy(() -> packer.pack(bundle, zip)).isInstanceOf(HarnessException.class)
                .hasMessageContaining("refusing to pack").hasMessageContaining("calls.jsonl line 2: prevHash")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.EVIDENCE);
        assertThat(zip).doesNotExist();
    }

    @Test
    void aLeakingBundleIsNotPackedAndTheRefusalDoesNotRepeatTheSecret() {
        EvidenceRun run = EvidenceRun.open(root, RUN_ID, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                new RunMetadata("test", "simulator", "https://127.0.0.1:1/v2", null, "", ""));
        run.writeFile("summary.md", ("card " + TestBundles.PAN + "\n").getBytes(StandardCharsets.UTF_8));
        run.close();

        assertThatThrownBy(() -> packer.pack(run.dir(), root.resolve("run.zip")))
                .hasMessageContaining("it leaks 1 secret(s) (pan), first at summary.md line 1")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.EVIDENCE);
        assertThatThrownBy(() -> packer.pack(run.dir(), root.resolve("run.zip")))
                .message().doesNotContain(TestBundles.PAN).doesNotContain("411111");
    }

    @Test
    void anIncompleteBundleMayBePackedAndStaysIncomplete() {
        Path bundle = bundles.abandoned(root);

        Path zip = packer.pack(bundle, root.resolve("run.zip"));

        assertThat(verifier.verify(zip).verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void aZipAlteredAfterPackingIsCorruptAndContradictsItsChecksum() throws Exception {
        Path bundle = bundles.complete(root.resolve("evidence"));
        Path zip = packer.pack(bundle, root.resolve("run.zip"));
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            TestBundles.deleteLine(fs.getPath(RUN_ID, "errors.jsonl"), 1);
            Files.writeString(fs.getPath("extra.txt"), "added");
        }

        assertThat(defects(verifier.verify(zip))).contains(
                "run.zip: SHA-256 differs from run.zip.sha256 (the zip was altered after packing, or the checksum"
                        + " belongs to another zip)",
                "run.zip: entry extra.txt lies outside the bundle folder (added to the zip after packing)",
                "errors.jsonl line 1: prevHash is not the genesis hash of this run (the first line was removed or"
                        + " replaced, or the manifest's runId was changed)");
    }

    @Test
    void theZipCannotBeWrittenInsideTheBundle() {
        Path bundle = bundles.complete(root);

        assertThatThrownBy(() -> packer.pack(bundle, bundle.resolve("self.zip")))
                .hasMessageContaining("inside the bundle it packs")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    private static void touch(Path p, FileTime time) {
        try {
            Files.setLastModifiedTime(p, time);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
