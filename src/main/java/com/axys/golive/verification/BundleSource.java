package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A bundle as the user named it: the run folder, or a zip made by {@code golive evidence pack}, read in place
 * through the JDK's zip file system (nothing is extracted), once {@link BoundedZip} has found it inside its
 * {@link ZipLimits}. Anything that is not a bundle at all is a usage error;
 * a zip whose layout was changed after packing yields problems instead.
 */
final class BundleSource implements AutoCloseable {

    private static final List<String> STREAMS = List.of(EvidenceFiles.CALLS, EvidenceFiles.TRANSITIONS,
            EvidenceFiles.ERRORS, EvidenceFiles.SCENARIOS);

    private final Path root;
    private final FileSystem zip;
    private final List<Problem> problems;

    private BundleSource(Path root, FileSystem zip, List<Problem> problems) {
        this.root = root;
        this.zip = zip;
        this.problems = List.copyOf(problems);
    }

    static BundleSource open(Path given, ZipLimits limits) {
        if (Files.isDirectory(given)) {
            requireBundle(given, given.toString());
            return new BundleSource(given, null, List.of());
        }
        if (!Files.isRegularFile(given)) {
            throw new HarnessException(Category.USAGE, "no evidence bundle at " + given + ": no such folder or zip;"
                    + " give the run's folder (evidence/<run-id>/) or the zip 'golive evidence pack' made of it");
        }
        if (!isZip(given)) {
            throw new HarnessException(Category.USAGE, given + " is a file but not a zip; give the run's folder"
                    + " (evidence/<run-id>/) or the zip 'golive evidence pack' made of it");
        }
        return openZip(given, limits);
    }

    /** The bundle folder: on disk, or the zip's top folder. */
    Path root() {
        return root;
    }

    /** The folder's own name, which pack and the harness make equal to the run id; null for a zip without one. */
    String folderName() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? null : name.toString().replace("/", "");
    }

    /** Problems of the container itself: a zip checksum that does not match, entries beside the bundle folder. */
    List<Problem> problems() {
        return problems;
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // read-only: nothing to lose
            }
        }
    }

    private static BundleSource openZip(Path file, ZipLimits limits) {
        String name = String.valueOf(file.getFileName());
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(file);
        } catch (IOException e) {
            throw new HarnessException(Category.EVIDENCE, name + " cannot be read as a zip (" + e.getClass()
                    .getSimpleName() + "): it is damaged; pack the run folder again or restore the original zip", e);
        }
        try {
            BoundedZip.check(file, fs, limits);
            List<Problem> problems = new ArrayList<>(checksum(file));
            Path top = fs.getPath("/");
            List<Path> entries = list(top);
            List<Path> bundles = entries.stream()
                    .filter(p -> Files.isDirectory(p) && Files.exists(p.resolve(EvidenceFiles.MANIFEST))).toList();
            if (bundles.size() != 1 && !Files.exists(top.resolve(EvidenceFiles.MANIFEST))) {
                throw new HarnessException(Category.USAGE, name + " holds "
                        + (bundles.isEmpty() ? "no" : "more than one") + " evidence bundle (expected one folder"
                        + " <run-id>/ with manifest.json, as 'golive evidence pack' makes); verify each run's folder"
                        + " or zip on its own");
            }
            Path root = bundles.size() == 1 ? bundles.get(0) : top;
            for (Path entry : entries) {
                if (bundles.size() == 1 && !entry.equals(root)) {
                    problems.add(Problem.defectSentence(name, name + ": entry " + top.relativize(entry)
                            + " lies outside the bundle folder (added to the zip after packing)"));
                }
            }
            return new BundleSource(root, fs, problems);
        } catch (RuntimeException e) {
            closeQuietly(fs);
            throw e;
        }
    }

    /** The checksum file beside a zip: {@code run.zip.sha256}. */
    static Path checksumFile(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".sha256");
    }

    /** A sibling {@code <zip>.sha256} (sha256sum format), when present, must name the zip's SHA-256. */
    static List<Problem> checksum(Path file) {
        Path sidecar = checksumFile(file);
        if (!Files.isRegularFile(sidecar)) {
            return List.of();
        }
        try {
            String[] fields = Files.readString(sidecar, StandardCharsets.UTF_8).strip().split("\\s+", 2);
            if (fields[0].equalsIgnoreCase(Hashing.sha256(file))) {
                return List.of();
            }
        } catch (IOException e) {
            throw CannotRead.of(sidecar, e);
        }
        String name = String.valueOf(file.getFileName());
        return List.of(Problem.defect(name, "SHA-256 differs from " + sidecar.getFileName()
                + " (the zip was altered after packing, or the checksum belongs to another zip)"));
    }

    private static void requireBundle(Path dir, String label) {
        if (Files.exists(dir.resolve(EvidenceFiles.MANIFEST)) || STREAMS.stream()
                .anyMatch(s -> Files.exists(dir.resolve(s)))) {
            return;
        }
        List<Path> runs = list(dir).stream()
                .filter(p -> Files.isDirectory(p) && Files.exists(p.resolve(EvidenceFiles.MANIFEST))).sorted().toList();
        if (!runs.isEmpty()) {
            throw new HarnessException(Category.USAGE, label + " is an evidence root holding " + runs.size()
                    + " run folder(s), not one bundle; verify one run, e.g. " + runs.get(runs.size() - 1));
        }
        throw new HarnessException(Category.USAGE, label + " is not an evidence bundle (no manifest.json, no"
                + " calls.jsonl); give the run's folder, evidence/<run-id>/, or its zip");
    }

    /** Whether {@code file} starts as a zip does (local file header or empty archive). */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5);
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
    }

    /** The entries of {@code dir}, sorted; an unreadable folder is one clear error. */
    static List<Path> list(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw CannotRead.of(dir, e);
        }
    }

    private static void closeQuietly(FileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
