package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("security")
final class OwnerOnlyTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void writesNewFilesOwnerOnlyAndTightensAnExistingWorldReadableOne() throws IOException {
        Path fresh = OwnerOnly.writeString(dir.resolve("fresh.txt"), "a");
        Path old = Files.writeString(dir.resolve("old.txt"), "old");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));

        OwnerOnly.write(old, new byte[] {'b'});

        assertThat(bits(fresh)).isEqualTo("rw-------");
        assertThat(bits(old)).isEqualTo("rw-------");
        assertThat(Files.readString(old)).isEqualTo("b");
    }

    @Test
    void createsEveryMissingFolderOwnerOnlyAndLeavesExistingOnesAlone() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnly.createDirectories(dir.resolve("a/b/c"));

        assertThat(bits(dir)).isEqualTo("rwxr-xr-x");
        assertThat(bits(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(bits(dir.resolve("a/b/c"))).isEqualTo("rwx------");
    }

    @Test
    void restrictsATreeWithoutFollowingLinksOutOfIt() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not ours to change");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Path inner = Files.writeString(tree.resolve("file.txt"), "x");
        Files.setPosixFilePermissions(inner, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(tree.resolve("link"), outside);

        OwnerOnly.restrictTree(dir.resolve("tree"));

        assertThat(bits(inner)).isEqualTo("rw-------");
        assertThat(bits(tree)).isEqualTo("rwx------");
        assertThat(bits(dir.resolve("tree"))).isEqualTo("rwx------");
        assertThat(bits(outside)).isEqualTo("rw-r--r--");
    }

    private static String bits(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}
