package com.axys.golive.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file the harness writes is readable by its owner only: files {@code 0600}, folders {@code 0700}, set when
 * they are created (never a moment world-readable) and again on what others wrote into a bundle (the Allure child,
 * Logback). On a file system without POSIX permissions (Windows) the calls write normally and the folder's own
 * access rules apply.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FILE = Set.copyOf(PosixFilePermissions.fromString("rw-------"));
    public static final Set<PosixFilePermission> FOLDER = Set.copyOf(PosixFilePermissions.fromString("rwx------"));

    private static final Set<OpenOption> CREATE_OR_TRUNCATE = Set.of(StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

    private OwnerOnly() {
    }

    /** Creates or truncates {@code file}, owner-only, and returns a stream writing to it. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        boolean posix = posix(file);
        OutputStream out = Channels.newOutputStream(posix
                ? Files.newByteChannel(file, CREATE_OR_TRUNCATE, PosixFilePermissions.asFileAttribute(FILE))
                : Files.newByteChannel(file, CREATE_OR_TRUNCATE));
        if (posix) {
            Files.setPosixFilePermissions(file, FILE); // an existing file keeps its old bits otherwise
        }
        return out;
    }

    /** Writes {@code content} to {@code file} (created or replaced), owner-only. */
    public static Path write(Path file, byte[] content) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    /** Writes {@code text} as UTF-8 to {@code file} (created or replaced), owner-only. */
    public static Path writeString(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An empty owner-only file (an existing one is truncated), for writers that open the file themselves. */
    public static Path createFile(Path file) throws IOException {
        newOutputStream(file).close();
        return file;
    }

    /** Creates {@code dir} and any missing parent, each created folder owner-only; existing folders are kept. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            FileAttribute<?>[] attributes = posix(absolute)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)}
                    : new FileAttribute<?>[0];
            Files.createDirectory(absolute, attributes);
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
        return dir;
    }

    /** Sets owner-only bits on {@code root} and everything under it; symbolic links are neither followed nor changed. */
    public static void restrictTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) || !posix(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, FOLDER);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, FILE);
                }
            }
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
