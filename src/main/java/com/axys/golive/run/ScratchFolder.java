package com.axys.golive.run;

import com.axys.golive.evidence.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run's private temporary folder, {@code <java.io.tmpdir>/golive-run-<pid>-<random>/} (owner-only), for what
 * must not outlive the run: the simulator's throwaway PKI, the untrusted CA of the mTLS negatives, the Allure
 * child's helper files. It is deleted at {@link #close}, by a shutdown hook when the JVM ends otherwise (SIGTERM,
 * SIGINT, an uncaught error), and, for a run that could run no hook (SIGKILL, power loss), by the start-up sweep
 * of the next run ({@link StaleScratch}), which removes such folders once their process is gone.
 */
public final class ScratchFolder implements AutoCloseable {

    static final String PREFIX = "golive-run-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Thread hook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ScratchFolder(Path dir) {
        this.dir = dir;
        this.hook = new Thread(() -> StaleScratch.delete(dir), "golive-scratch-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Creates this run's folder under {@code java.io.tmpdir}, then sweeps away the folders of dead runs. */
    public static ScratchFolder create() {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static ScratchFolder create(Path tmpRoot) {
        try {
            OwnerOnly.createDirectories(tmpRoot);
            String name = PREFIX + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), Character.MAX_RADIX);
            Path dir = OwnerOnly.createDirectories(tmpRoot.resolve(name));
            StaleScratch.claim(dir);
            ScratchFolder folder = new ScratchFolder(dir);
            StaleScratch.sweep(tmpRoot, dir, Clock.systemUTC());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a private temporary folder under " + tmpRoot
                    + " (set -Djava.io.tmpdir to a writable folder)", e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** A new owner-only folder {@code <name>} inside (or {@code <name>-2}, ... when taken). */
    public Path newFolder(String name) {
        try {
            Path candidate = dir.resolve(name);
            for (int n = 2; Files.exists(candidate); n++) {
                candidate = dir.resolve(name + "-" + n);
            }
            return OwnerOnly.createDirectories(candidate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + name + " in the run's temporary folder " + dir, e);
        }
    }

    /** Deletes {@code folder} (inside this scratch folder) and what it holds, now. */
    public void delete(Path folder) {
        if (!folder.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(folder + " is not inside the run's temporary folder " + dir);
        }
        StaleScratch.delete(folder);
    }

    /** Deletes the folder and everything in it; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        StaleScratch.delete(dir);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it deletes the same (already deleted) folder
        }
    }
}
