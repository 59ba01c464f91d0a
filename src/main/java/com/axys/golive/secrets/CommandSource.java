package com.axys.golive.secrets;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@code exec:} references through {@code /bin/sh -c} with stdin closed: stdout is the value. A failure is
 * reported with the exit code and at most the first line of stderr, redacted ({@link FailedCommandText}).
 */
final class CommandSource {

    private final Duration timeout;

    CommandSource(Duration timeout) {
        this.timeout = timeout;
    }

    Secret read(SecretRef ref) {
        String thing = "command '" + ref + "'";
        Process process = start(ref, thing);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            process.getOutputStream().close();
            FutureTask<byte[]> stdout = drain(process.getInputStream());
            FutureTask<byte[]> stderr = drain(process.getErrorStream());
            if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
                throw timedOut(process, thing);
            }
            byte[] out = stdout.get(remaining(deadline), TimeUnit.NANOSECONDS);
            if (process.exitValue() != 0) {
                String line = FailedCommandText.of(stderr.get(remaining(deadline), TimeUnit.NANOSECONDS), out);
                throw usage(thing + " exited " + process.exitValue() + line + "; run it yourself to check");
            }
            if (out.length > SecretResolver.MAX_BYTES) {
                throw usage(thing + " printed more than 1 MiB; make it print only the secret");
            }
            return Secret.of(ref.toString(), out);
        } catch (TimeoutException e) {
            throw timedOut(process, thing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            throw usage(thing + " was interrupted; run the harness again");
        } catch (IOException | ExecutionException e) {
            kill(process);
            throw usage(thing + " could not be read (" + e.getClass().getSimpleName() + "); run it yourself to check");
        }
    }

    private static Process start(SecretRef ref, String thing) {
        try {
            return new ProcessBuilder("/bin/sh", "-c", ref.locator()).start();
        } catch (IOException e) {
            throw new HarnessException(HarnessException.Category.USAGE, thing + " could not be started (/bin/sh: "
                    + e.getClass().getSimpleName() + "); use env: or file: on a machine without a POSIX shell", e);
        }
    }

    private HarnessException timedOut(Process process, String thing) {
        kill(process);
        return usage(thing + " did not finish within " + describe(timeout) + " and was stopped; check that it does"
                + " not wait for input (stdin is closed) and that its service answers");
    }

    private static FutureTask<byte[]> drain(InputStream stream) {
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            try (stream) {
                return stream.readNBytes(SecretResolver.MAX_BYTES + 1);
            }
        });
        Thread reader = new Thread(task, "secret-exec-reader");
        reader.setDaemon(true);
        reader.start();
        return task;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static HarnessException usage(String message) {
        return new HarnessException(HarnessException.Category.USAGE, message);
    }
}
