package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything a run and {@code evidence pack} write is for the operator's eyes only: every file of the bundle
 * (evidence, log, reports, Allure results and report) and the pack's zip and checksum are {@code 0600}, every
 * folder they create {@code 0700}, whatever the umask.
 */
@Tag("security")
final class OwnerOnlyOutputTest {

    @TempDir
    Path root;

    @Test
    void everyFileOfABundleAndOfItsPackIsReadableByItsOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "permission bits are a POSIX matter");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path evidence = root.resolve("evidence");
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run",
                "--tags", "@checklist:P3.01 or @security", "--evidence", evidence.toString());
        assertThat(code).as("stdout: %s%nstderr: %s", out, err).isZero();
        Path bundle;
        try (Stream<Path> runs = Files.list(evidence)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(bundle.resolve("report/index.html")).exists();

        Path zip = root.resolve("handover/new/run.zip");
        assertThat(GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "evidence", "pack",
                bundle.toString(), "-o", zip.toString())).as("stderr: %s", err).isZero();

        assertThat(bits(zip)).as(zip.toString()).isEqualTo("rw-------");
        assertThat(bits(Path.of(zip + ".sha256"))).as("the zip's checksum file").isEqualTo("rw-------");
        assertThat(bits(zip.getParent())).as("a folder pack created").isEqualTo("rwx------");
        assertThat(bits(zip.getParent().getParent())).as("a folder pack created").isEqualTo("rwx------");
        assertThat(notOwnerOnly(bundle)).as("files and folders of the bundle that others could read").isEmpty();
    }

    private static List<String> notOwnerOnly(Path bundle) throws Exception {
        try (Stream<Path> all = Files.walk(bundle)) {
            return all.filter(p -> !bits(p).equals(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            ? "rwx------" : "rw-------"))
                    .map(p -> bundle.relativize(p) + " " + bits(p)).sorted().toList();
        }
    }

    private static String bits(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
