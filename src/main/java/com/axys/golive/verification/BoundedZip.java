package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One streaming pass over every entry of an opened zip, before anything reads an entry whole: it counts the bytes
 * each entry really inflates to (the sizes a zip declares can lie), with a fixed buffer, and stops at the first
 * {@link ZipLimits} exceeded with one evidence error. A zip that passes can then be read in memory safely.
 */
final class BoundedZip {

    private static final String FIX = "nothing was extracted; this is not a zip 'golive evidence pack' makes (a zip"
            + " bomb, or another archive): ask the sender for the original zip or the run folder";

    private final String name;
    private final ZipLimits limits;
    private final long zipBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private long total;

    private BoundedZip(String name, ZipLimits limits, long zipBytes) {
        this.name = name;
        this.limits = limits;
        this.zipBytes = zipBytes;
    }

    /** Checks {@code fs}, opened from {@code file}, against {@code limits}; throws EVIDENCE on the first excess. */
    static void check(Path file, FileSystem fs, ZipLimits limits) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
        new BoundedZip(String.valueOf(file.getFileName()), limits, size).entries(fs.getPath("/"));
    }

    private void entries(Path top) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(top)) {
            for (Iterator<Path> it = walk.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                files.add(it.next());
                if (files.size() > limits.maxEntries()) {
                    throw refused("holds more than " + limits.maxEntries() + " entries");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw damaged(e);
        }
        for (Path entry : files) {
            inflate(top.relativize(entry).toString(), entry);
        }
    }

    private void inflate(String entryName, Path entry) {
        long compressed = Math.max(1, Math.min(compressedSize(entry), zipBytes));
        long bytes = 0;
        try (InputStream in = Files.newInputStream(entry)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes += n;
                total += n;
                if (bytes > limits.maxEntryBytes()) {
                    throw refused("entry " + entryName + " unpacks to more than " + mib(limits.maxEntryBytes()));
                }
                if (bytes > limits.ratioFloorBytes() && bytes / compressed > limits.maxRatio()) {
                    throw refused("entry " + entryName + " unpacks to more than " + limits.maxRatio()
                            + " times its " + compressed + " compressed bytes");
                }
                if (total > limits.maxTotalBytes()) {
                    throw refused("unpacks to more than " + mib(limits.maxTotalBytes()) + " in all");
                }
            }
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    private long compressedSize(Path entry) {
        try {
            Object value = Files.getAttribute(entry, "zip:compressedSize");
            return value instanceof Number n ? n.longValue() : zipBytes;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return zipBytes;
        }
    }

    private HarnessException refused(String what) {
        return new HarnessException(Category.EVIDENCE, name + " " + what + "; " + FIX);
    }

    private HarnessException damaged(Exception e) {
        return new HarnessException(Category.EVIDENCE, name + " cannot be read as a zip (" + e.getClass()
                .getSimpleName() + "): it is damaged; pack the run folder again or restore the original zip", e);
    }

    private static String mib(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
