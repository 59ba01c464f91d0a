package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a team takes to staging, walked end to end: a separately started server (here the simulator, standing
 * in for staging) reached as an https target, with the certificate, key, CA bundle and API key given as secret
 * references, exactly as a user would give the staging ones.
 */
final class RealTargetRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunAgainstAnHttpsTargetWithFileReferencesPassesAndRecordsTheTarget() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            var pki = server.pki();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run",
                    "--target", server.baseUrl().toString(),
                    "--cert", "file:" + pki.client().certPem(), "--key", "file:" + pki.client().keyPem(),
                    "--ca-bundle", "file:" + pki.caCertPath(), "--api-key", "file:" + apiKey,
                    "--tags", "@checklist:P3.01 or @security", "--no-report",
                    "--evidence", dir.resolve("evidence").toString());

            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
            assertThat(out.toString()).contains("golive run: target custom " + server.baseUrl())
                    .containsPattern("3 scenarios: 3 passed, 0 failed");
            Path bundle;
            try (Stream<Path> runs = Files.list(dir.resolve("evidence"))) {
                bundle = runs.findFirst().orElseThrow();
            }
            JsonNode manifest = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile());
            assertThat(manifest.path("target").path("name").asText()).isEqualTo("custom");
            assertThat(manifest.path("target").path("baseUrl").asText()).isEqualTo(server.baseUrl().toString());
            assertThat(manifest.path("clientCertificate").path("subject").asText()).contains("OU=Example Program");
        }
    }
}
