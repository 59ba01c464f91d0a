package com.axys.golive.preflight;

import com.axys.golive.tls.ClientIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test fixture: client material from a test certificate, and a shell command run the way the runbook runs it. */
final class Materials {

    private Materials() { }

    static ClientMaterial of(TestCertificates.Issued issued) {
        return ClientMaterial.of(new ClientIdentity(List.of(issued.certificate()), issued.keys().getPrivate(),
                "test"), "file:/etc/axys/program.crt", "file:/etc/axys/program.key");
    }

    /** Runs {@code command} with sh and returns its standard output, trimmed; fails the test on a non-zero exit. */
    static String shell(String command, Path workingDir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).directory(workingDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("'" + command + "' failed: " + out);
        }
        return out;
    }

    /** The hash md5sum printed (its first field). */
    static String md5sumOf(String md5sumOutput) {
        return md5sumOutput.split("\\s+")[0];
    }
}
