package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.testing.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import com.axys.golive.cli.CliRuns.Result;
import static com.axys.golive.cli.CliRuns.lines;
import static com.axys.golive.cli.CliRuns.newest;
import static com.axys.golive.cli.CliRuns.only;

/**
 * {@code golive verify-production --continue RUN}, rehearsed against the standalone simulator in real time standing
 * in for production: run 1's test 4 outlives its short wait and ends pending with the test cardholder in
 * {@code resume}; run 2 continues while the review still runs and is pending again; a person then completes the
 * identity check (the simulator is told to approve) and run 3 continues run 2: no run after the first creates a
 * cardholder, each polls the same one, and run 3 ends test 4 passed, its table naming the run it continues and
 * taking tests 2 and 3 from run 1 through the chain.
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
            assertThat(first.code()).as(first.toString()).isEqualTo(5);
            assertThat(first.out()).containsPattern("\\| 4\\. Compliance approval +\\| .+ \\| PENDING +\\| pending on"
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
            assertThat(elsewhere.code()).as(elsewhere.toString()).isEqualTo(2);
            assertThat(elsewhere.err().strip().lines()).singleElement().asString().contains("aim this run at the same");
            Path tampered = dir.resolve("tampered");
            TestFiles.copyTree(firstBundle, tampered);
            Path scenarios = tampered.resolve("scenarios.jsonl");
            Files.writeString(scenarios, Files.readString(scenarios).replace("\"cardholderId\":" + cardholderId,
                    "\"cardholderId\":9" + cardholderId));
            Result forged = verify(server, apiKey, url, "--continue", tampered.toString());
            assertThat(forged.code()).as(forged.toString()).isEqualTo(4);
            assertThat(forged.err()).contains("did not verify (CORRUPT)");
            Result missing = verify(server, apiKey, url, "--continue", "20260101T000000Z-none");
            assertThat(missing.code()).as(missing.toString()).isEqualTo(2);
            assertThat(missing.err().strip().lines()).singleElement().asString().contains("no run 20260101T000000Z");
            assertThat(Files.list(evidence).count()).as("no refused continuation wrote a bundle").isEqualTo(1);

            // Run 2 continues while the review still runs: pending again, the same cardholder carried on.
            Result second = verify(server, apiKey, url, "--continue", firstRun, "--review-wait", "3s");
            assertThat(second.code()).as(second.toString()).isEqualTo(5);
            Path secondBundle = newest(evidence, List.of(firstBundle));
            String secondRun = secondBundle.getFileName().toString();
            assertNothingCreatedAndPolled(secondBundle, cardholderId);
            assertThat(lines(secondBundle, "scenarios.jsonl")).filteredOn(s -> s.path("checklist").toString()
                    .contains("P3.04")).singleElement().satisfies(s -> assertThat(s.path("resume")
                    .path("test-cardholder:Vera").path("cardholderId").asLong()).isEqualTo(cardholderId));

            // The person completes the identity check: the review ends after its delay; run 3 continues run 2.
            server.server().control().forceKycOutcome(cardholderId, 1);
            Result third = verify(server, apiKey, url, "--continue", secondRun, "--review-wait", "60s");
            assertThat(third.code()).as(third.toString()).isZero();
            assertThat(third.out()).contains("continues " + secondRun + ": 4 of its 4 pending tests")
                    .contains(">> Continues run " + secondRun + ": its test cardholder " + cardholderId)
                    .containsPattern("\\| 2\\. Cardholder creation +\\| .+ \\| PASS +\\| in run " + secondRun
                            + ", which this run continues; cardholderId " + cardholderId + " for cleanup")
                    .containsPattern("\\| 3\\. Compliance submission +\\| .+ \\| PASS +\\|")
                    .containsPattern("\\| 4\\. Compliance approval +\\| .+ \\| PASS +\\| .*continues run "
                            + secondRun + ": cardholderId " + cardholderId + " adopted from it")
                    .containsPattern("\\| 5\\. Card issuance +\\| .+ \\| PASS +\\|")
                    .contains("Continues run " + secondRun + " (verify-production --continue)")
                    .contains("cardholderId " + cardholderId + " (last name Golive-Verification)")
                    .contains("VERIFIED");
            Path thirdBundle = newest(evidence, List.of(firstBundle, secondBundle));
            assertNothingCreatedAndPolled(thirdBundle, cardholderId);
            JsonNode table = JSON.readTree(thirdBundle.resolve("production-verification.json").toFile());
            assertThat(table.path("continues").asText()).isEqualTo(secondRun);
            assertThat(table.path("tests").get(3).path("result").asText()).isEqualTo("PASS");
            assertThat(lines(thirdBundle, "scenarios.jsonl")).filteredOn(s -> !s.path("checklist").toString()
                    .contains("P3.01")).allSatisfy(s -> assertThat(s.path("continues").asText()).isEqualTo(secondRun));

            Result done = verify(server, apiKey, url, "--continue", thirdBundle.getFileName().toString());
            assertThat(done.code()).as(done.toString()).isEqualTo(2);
            assertThat(done.err()).contains("left no scenario pending on the target");
        }
    }

    /** No cardholder created or submitted in {@code bundle}; the only cardholder read is {@code cardholderId}. */
    private static void assertNothingCreatedAndPolled(Path bundle, long cardholderId) throws IOException {
        List<JsonNode> calls = lines(bundle, "calls.jsonl");
        assertThat(calls).as("no cardholder created or submitted again")
                .noneMatch(c -> c.path("method").asText().equals("POST")
                        && c.path("path").asText().matches(".*/cardholders(/\\d+/kyc-submit)?$"));
        assertThat(calls.stream().map(c -> c.path("path").asText()).filter(p -> p.matches(".*/cardholders/\\d+$"))
                .map(p -> p.replaceAll(".*/cardholders/", "")).distinct().toList())
                .as("the cardholder polled is the one run 1 created").containsExactly(String.valueOf(cardholderId));
    }

    private Result verify(EmbeddedSimulator server, Path apiKey, String target, String... more) {
        return CliRuns.against(server, apiKey, dir.resolve("evidence"), "verify-production --confirm", target,
                more);
    }

}
