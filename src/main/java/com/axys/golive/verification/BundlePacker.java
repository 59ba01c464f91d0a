package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.OwnerOnly;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a verified bundle into one zip for the auditor: it verifies first and refuses a corrupt or leaking bundle
 * (an incomplete one may be packed: the zip still says so). The zip is deterministic (entries sorted by path, one
 * fixed timestamp, no file attributes), so the same bundle always gives the same bytes and the same SHA-256; its
 * single top folder is the bundle folder's name. Beside it, {@code <zip>.sha256} in {@code sha256sum} format.
 * Both are owner-only ({@code 0600}), as is any folder created for them.
 */
public final class BundlePacker {

    /** 1980-01-01 00:00, the first instant a zip can record, for every entry, whatever the time zone. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final int SHOWN_PROBLEMS = 3;

    private final BundleVerifier verifier = new BundleVerifier();

    /** {@code <parent of the bundle>/<bundle folder>.zip}: where pack writes when no output is given. */
    public static Path defaultZip(Path bundleDir) {
        Path dir = bundleDir.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".zip");
    }

    /** The checksum file beside a zip: {@code run.zip.sha256}. */
    public static Path checksumFile(Path zip) {
        return BundleSource.checksumFile(zip);
    }

    /** Verifies with the patterns only, then packs; returns the zip written. */
    public Path pack(Path bundleDir, Path zipOut) {
        return pack(bundleDir, zipOut, KnownSecrets.none());
    }

    /**
     * Verifies (with the run's known secrets, when the harness packs right after a run), then writes the zip to
     * {@code zipOut} (or {@link #defaultZip}) and its checksum file.
     *
     * @throws HarnessException USAGE when {@code bundleDir} is not a bundle folder or the zip would land inside it;
     *                          EVIDENCE when the bundle is corrupt or leaks a secret
     */
    public Path pack(Path bundleDir, Path zipOut, KnownSecrets known) {
        if (!Files.isDirectory(bundleDir)) {
            throw new HarnessException(Category.USAGE, "cannot pack " + bundleDir + ": not a folder; give the run's"
                    + " folder, evidence/<run-id>/ (to check a zip, use 'golive evidence verify')");
        }
        Path dir = bundleDir.toAbsolutePath().normalize();
        Path zip = zipOut == null ? defaultZip(dir) : zipOut.toAbsolutePath().normalize();
        if (zip.startsWith(dir)) {
            throw new HarnessException(Category.USAGE, "cannot write the zip " + zip + " inside the bundle it packs"
                    + " (it would be a file the manifest does not list); choose -o outside " + dir);
        }
        refuseUnlessPackable(verifier.verify(dir, known), dir);
        return writeZip(zip, folderEntries(dir));
    }

    /**
     * One entry of a pack: a file copied byte for byte, or bytes made for the pack (a campaign's record).
     *
     * @param name the entry's '/'-separated path in the zip
     */
    record Entry(String name, Path file, byte[] bytes) {
        static Entry of(String name, byte[] bytes) {
            return new Entry(name, null, bytes.clone());
        }
    }

    /** The entries of one bundle folder: every file under {@code <folder name>/}, as {@link #pack} zips them. */
    static List<Entry> folderEntries(Path dir) {
        String top = dir.getFileName().toString();
        try {
            return files(dir).stream().map(relative -> new Entry(top + "/" + relative, dir.resolve(relative), null))
                    .toList();
        } catch (IOException e) {
            throw CannotRead.of(dir, e);
        }
    }

    /**
     * Writes {@code entries} as one deterministic zip (sorted by name, one fixed time, no attributes) through a
     * temporary file moved into place, then its checksum file; both owner-only. Returns {@code zip}.
     */
    static Path writeZip(Path zip, List<Entry> entries) {
        try {
            OwnerOnly.createDirectories(zip.getParent());
            Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
            write(entries, tmp);
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnly.writeString(checksumFile(zip), Hashing.sha256(zip) + "  " + zip.getFileName() + "\n");
            return zip;
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, "cannot write " + zip + " (" + e.getClass().getSimpleName()
                    + "); choose a writable place with -o", e);
        }
    }

    static void refuseUnlessPackable(VerificationReport report, Path dir) {
        Verdict verdict = report.verdict();
        if (verdict != Verdict.CORRUPT && verdict != Verdict.LEAK) {
            return;
        }
        String why = verdict == Verdict.LEAK
                ? "it leaks " + report.leaks().size() + " secret(s) (" + report.leakKinds() + "), first at "
                        + report.leaks().get(0).file() + " line " + report.leaks().get(0).line()
                : "it is corrupt: " + report.defects().stream().limit(SHOWN_PROBLEMS).map(Problem::text)
                        .collect(Collectors.joining("; "))
                        + (report.defects().size() > SHOWN_PROBLEMS
                        ? "; and " + (report.defects().size() - SHOWN_PROBLEMS) + " more" : "");
        throw new HarnessException(Category.EVIDENCE, "refusing to pack " + dir + ": " + why
                + "; run 'golive evidence verify " + dir + "' for the full report");
    }

    private static void write(List<Entry> entries, Path zipFile) throws IOException {
        List<Entry> sorted = entries.stream().sorted(java.util.Comparator.comparing(Entry::name)).toList();
        try (OutputStream file = OwnerOnly.newOutputStream(zipFile);
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file))) {
            for (Entry e : sorted) {
                ZipEntry entry = new ZipEntry(e.name());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                if (e.file() != null) {
                    Files.copy(e.file(), zip);
                } else {
                    zip.write(e.bytes());
                }
                zip.closeEntry();
            }
        }
    }

    /** Every regular file, by '/'-separated relative path in string order; a leftover manifest.json.tmp aside. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(EvidenceFiles.MANIFEST + ".tmp"))
                    .sorted().toList();
        }
    }
}
