package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target nobody listens on (a closed loopback port) stops the run at its first call: one line naming the target
 * and the fix, exit 3, and a bundle that verifies with the failed call, its classified error and its reconciliation
 * (issue 9, items 3 and 5: it used to run every scenario, exit 1 and lose reconciliation.json to a null pointer).
 */
final class UnreachableTargetRunTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aClosedPortStopsTheRunAtOnceWithExitThreeAndAVerifiedBundle() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String target = "https://127.0.0.1:" + closedPort + "/v2";
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            var pki = server.pki();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run",
                    "--target", target,
                    "--cert", "file:" + pki.client().certPem(), "--key", "file:" + pki.client().keyPem(),
                    "--ca-bundle", "file:" + pki.caCertPath(), "--api-key", "file:" + apiKey,
                    "--max-wait", "20s", "--no-report", "--evidence", dir.resolve("evidence").toString());

            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(3);
            assertThat(err.toString().lines().filter(l -> l.startsWith("golive: error:")).toList()).singleElement()
                    .asString().contains("the target " + target + " could not be reached (unreachable")
                    .contains("check the base URL");
            assertThat(out.toString()).contains("VERIFIED").doesNotContain("reconciliation not written");
            Path bundle;
            try (Stream<Path> runs = Files.list(dir.resolve("evidence"))) {
                bundle = runs.findFirst().orElseThrow();
            }
            ObjectMapper json = new ObjectMapper();
            List<String> calls = Files.readAllLines(bundle.resolve("calls.jsonl"));
            assertThat(calls).as("only the first call was made").hasSize(1);
            assertThat(json.readTree(calls.get(0)).path("status").asInt()).isEqualTo(-1);
            JsonNode error = json.readTree(Files.readAllLines(bundle.resolve("errors.jsonl")).get(0));
            assertThat(error.path("classification").asText()).isEqualTo("unreachable");
            assertThat(bundle.resolve("reconciliation.json")).exists();
        }
    }
}
