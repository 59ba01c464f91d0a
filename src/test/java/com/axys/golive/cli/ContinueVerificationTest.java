package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.testing.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golive verify-production --continue RUN}, rehearsed against the standalone simulator in real time standing
 * in for production: run 1's test 4 outlives its short wait and ends pending with the test cardholder in
 * {@code resume}; a person then completes the identity check (the simulator is told to approve); run 2 continues,
 * creates no cardholder, polls the same one and ends test 4 passed, its table naming run 1.
 */
final class ContinueVerificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aReviewThatOutlivedItsWaitIsContinuedWithTheSameTestCardholder() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults().withReviewDelay(Duration.ofSeconds(2)), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            Path evidence = dir.resolve("evidence");
            String url = server.baseUrl().toString();

            Result first = verify(server, apiKey, url, "--review-wait", "3s");
            assertThat(first.code).as(first.toString()).isEqualTo(5);
            assertThat(first.out).containsPattern("\\| 4\\. Compliance approval +\\| .+ \\| PENDING +\\| pending on"
                    + " the target").contains("Verdict: NOT GO YET: test 4, 5, 6, 8 pending on the target");
            Path firstBundle = only(evidence);
            String firstRun = firstBundle.getFileName().toString();
            JsonNode test4 = lines(firstBundle, "scenarios.jsonl").stream()
                    .filter(s -> s.path("checklist").toString().contains("P3.04")).findFirst().orElseThrow();
            assertThat(test4.path("status").asText()).isEqualTo("pending-on-target");
            JsonNode held = test4.path("resume").path("test-cardholder:Vera");
            long cardholderId = held.path("cardholderId").asLong();
            assertThat(cardholderId).as(test4.toString()).isPositive();
            assertThat(held.path("linkFingerprint").asText()).as("never the link itself")
                    .matches("\\[REDACTED:kyc-link#[0-9a-f]{12}]");
            assertThat(test4.toString()).doesNotContain("https://verify");

            // Refused with one line before anything starts: another target, a bundle that does not verify, a run
            // that left nothing pending, no such run.
            Result elsewhere = verify(server, apiKey, "https://127.0.0.1:1/v2", "--continue", firstRun);
            assertThat(elsewhere.code).as(elsewhere.toString()).isEqualTo(2);
            assertThat(elsewhere.err.strip().lines()).singleElement().asString().contains("aim this run at the same");
            Path tampered = dir.resolve("tampered");
            TestFiles.copyTree(firstBundle, tampered);
            Path scenarios = tampered.resolve("scenarios.jsonl");
            Files.writeString(scenarios, Files.readString(scenarios).replace("\"cardholderId\":" + cardholderId,
                    "\"cardholderId\":9" + cardholderId));
            Result forged = verify(server, apiKey, url, "--continue", tampered.toString());
            assertThat(forged.code).as(forged.toString()).isEqualTo(4);
            assertThat(forged.err).contains("did not verify (CORRUPT)");
            Result missing = verify(server, apiKey, url, "--continue", "20260101T000000Z-none");
            assertThat(missing.code).as(missing.toString()).isEqualTo(2);
            assertThat(missing.err.strip().lines()).singleElement().asString().contains("no run 20260101T000000Z");
            assertThat(Files.list(evidence).count()).as("no refused continuation wrote a bundle").isEqualTo(1);

            // The person completes the identity check: the review ends after its delay.
            server.server().control().forceKycOutcome(cardholderId, 1);
            Result second = verify(server, apiKey, url, "--continue", firstRun, "--review-wait", "60s");
            assertThat(second.code).as(second.toString()).isZero();
            assertThat(second.out).contains("continues " + firstRun + ": 4 of its 4 pending tests")
                    .contains(">> Continues run " + firstRun + ": its test cardholder " + cardholderId)
                    .containsPattern("\\| 2\\. Cardholder creation +\\| .+ \\| PASS +\\| in run " + firstRun
                            + ", which this run continues; cardholderId " + cardholderId + " for cleanup")
                    .containsPattern("\\| 4\\. Compliance approval +\\| .+ \\| PASS +\\| .*continues run " + firstRun
                            + ": cardholderId " + cardholderId + " adopted from it")
                    .containsPattern("\\| 5\\. Card issuance +\\| .+ \\| PASS +\\|")
                    .contains("Continues run " + firstRun + " (verify-production --continue)")
                    .contains("cardholderId " + cardholderId + " (last name Golive-Verification)")
                    .contains("VERIFIED");
            Path secondBundle;
            try (Stream<Path> runs = Files.list(evidence)) {
                secondBundle = runs.filter(p -> !p.equals(firstBundle)).findFirst().orElseThrow();
            }
            List<JsonNode> calls = lines(secondBundle, "calls.jsonl");
            assertThat(calls).as("no cardholder created or submitted again")
                    .noneMatch(c -> c.path("method").asText().equals("POST")
                            && c.path("path").asText().matches(".*/cardholders(/\\d+/kyc-submit)?$"));
            assertThat(calls.stream().map(c -> c.path("path").asText())
                    .filter(p -> p.matches(".*/cardholders/\\d+$")).distinct().toList())
                    .as("the cardholder polled is the one run 1 created").containsExactly("/cardholders/" + cardholderId);
            JsonNode table = JSON.readTree(secondBundle.resolve("production-verification.json").toFile());
            assertThat(table.path("continues").asText()).isEqualTo(firstRun);
            assertThat(table.path("tests").get(3).path("result").asText()).isEqualTo("PASS");
            assertThat(lines(secondBundle, "scenarios.jsonl")).filteredOn(s -> !s.path("checklist").toString()
                    .contains("P3.01")).allSatisfy(s -> assertThat(s.path("continues").asText()).isEqualTo(firstRun));

            Result third = verify(server, apiKey, url, "--continue", secondBundle.getFileName().toString());
            assertThat(third.code).as(third.toString()).isEqualTo(2);
            assertThat(third.err).contains("left no scenario pending on the target");
        }
    }

    private Result verify(EmbeddedSimulator server, Path apiKey, String target, String... more) {
        var pki = server.pki();
        List<String> args = new ArrayList<>(List.of("verify-production", "--confirm", "--target", target,
                "--cert", "file:" + pki.client().certPem(), "--key", "file:" + pki.client().keyPem(),
                "--ca-bundle", "file:" + pki.caCertPath(), "--api-key", "file:" + apiKey, "--no-report",
                "--evidence", dir.resolve("evidence").toString()));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private static Path only(Path evidence) throws IOException {
        try (Stream<Path> runs = Files.list(evidence)) {
            return runs.reduce((a, b) -> {
                throw new AssertionError("more than one bundle in " + evidence);
            }).orElseThrow();
        }
    }

    private static List<JsonNode> lines(Path bundle, String file) throws IOException {
        return Files.readAllLines(bundle.resolve(file)).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
