package com.axys.golive.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's private temporary folder, and the start-up sweep that removes those of dead runs: only folders that
 * are provably ours, and only when their process is gone.
 */
@Tag("security")
final class ScratchFolderTest {

    private static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    @Test
    void isAnOwnerOnlyFolderNamedForThisProcessAndIsGoneAfterClose() throws IOException {
        Path dir;
        Path inner;
        try (ScratchFolder scratch = ScratchFolder.create(tmp)) {
            dir = scratch.dir();
            inner = scratch.newFolder("other-ca");
            Files.writeString(inner.resolve("stranger.key.pem"), "key");
            assertThat(dir.getFileName().toString()).startsWith("golive-run-" + SELF + "-");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(inner))).isEqualTo("rwx------");
            assertThat(scratch.newFolder("other-ca")).isNotEqualTo(inner);

            scratch.delete(inner);
            assertThat(inner).doesNotExist();
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void theSweepDeletesTheFoldersOfDeadRunsOnly() throws Exception {
        long dead = deadPid();
        Path deadRun = run("golive-run-" + dead + "-a1", dead, "", StaleScratch.pidNamespace());
        Path reusedPid = run("golive-run-" + SELF + "-b2", SELF, "1970-01-01T00:00:00Z", StaleScratch.pidNamespace());
        Path liveRun = run("golive-run-" + SELF + "-c3", SELF,
                ProcessHandle.current().info().startInstant().map(Object::toString).orElse(""),
                StaleScratch.pidNamespace());
        Path noOwnerFile = Files.createDirectory(tmp.resolve("golive-run-" + dead + "-d4"));
        Path otherNamespace = run("golive-run-" + dead + "-e5", dead, "", "pid:[1]");
        Path notOurName = run("golive-runner-" + dead + "-f6", dead, "", StaleScratch.pidNamespace());
        Path target = run("elsewhere", dead, "", StaleScratch.pidNamespace());
        Path link = Files.createSymbolicLink(tmp.resolve("golive-run-" + dead + "-g7"), target);

        try (ScratchFolder fresh = ScratchFolder.create(tmp)) {
            assertThat(deadRun).doesNotExist();
            assertThat(reusedPid).as("its PID now belongs to a process started later").doesNotExist();
            assertThat(liveRun).exists();
            assertThat(noOwnerFile).exists();
            assertThat(otherNamespace).as("from another PID namespace: cannot be judged").exists();
            assertThat(notOurName).exists();
            assertThat(link).exists();
            assertThat(target.resolve("client.key.pem")).exists();
            assertThat(fresh.dir()).exists();
        }
    }

    @Test
    void theSweepDeletesFoldersOfEarlierVersionsOnlyWhenADayOldAndHoldingOnlyCertificatesAndKeys() throws Exception {
        Path old = legacy("golive-pki-123", Duration.ofDays(2), "ca.crt.pem", "client.key.pem", "server.p12");
        Path young = legacy("golive-other-ca-456", Duration.ofHours(2), "stranger.key.pem");
        Path mixed = legacy("golive-pki-789", Duration.ofDays(2), "client.key.pem", "notes.txt");

        ScratchFolder.create(tmp).close();

        assertThat(old).doesNotExist();
        assertThat(young).exists();
        assertThat(mixed).exists();
    }

    private Path run(String name, long pid, String started, String namespace) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve(name));
        Files.writeString(dir.resolve(StaleScratch.OWNER_FILE), "pid=" + pid + "\nstarted=" + started + "\npidns="
                + namespace + "\n");
        Files.writeString(dir.resolve("client.key.pem"), "key");
        return dir;
    }

    private Path legacy(String name, Duration age, String... files) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve(name));
        for (String file : files) {
            Files.writeString(dir.resolve(file), "x");
        }
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(age)));
        return dir;
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        assertThat(ProcessHandle.of(p.pid())).isEmpty();
        return p.pid();
    }
}
