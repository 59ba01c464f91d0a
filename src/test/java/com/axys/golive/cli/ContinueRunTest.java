package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.testing.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.axys.golive.cli.CliRuns.Result;
import static com.axys.golive.cli.CliRuns.lines;
import static com.axys.golive.cli.CliRuns.only;

/**
 * {@code golive run --continue RUN} against a real target in real time (the standalone simulator, whose KYC review
 * takes seconds here as it takes minutes or hours on staging): a run whose waits ran out leaves its scenarios pending
 * with what they made; the next run picks those up instead of making new cardholders, and the refusals (another
 * target, a tampered bundle, nothing pending, the embedded simulator) are one line each, before anything starts.
 */
final class ContinueRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAGS = "@checklist:P1.INT.07";

    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aLaterRunContinuesThePendingScenariosWithTheCardholdersTheEarlierRunMade() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults().withReviewDelay(Duration.ofSeconds(2)), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            Path evidence = dir.resolve("evidence");

            Result first = run(server, apiKey, server.baseUrl().toString(), "--tags", TAGS, "--max-wait", "0s");
            assertThat(first.code()).as(first.toString()).isEqualTo(5);
            Path firstBundle = only(evidence);
            String firstRun = firstBundle.getFileName().toString();
            List<JsonNode> pending = lines(firstBundle, "scenarios.jsonl").stream()
                    .filter(s -> s.path("status").asText().equals("pending-on-target")).toList();
            assertThat(pending).as("every scenario waits on a KYC review").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(s -> {
                        JsonNode reviewed = s.path("resume").path("cardholder:Jordan:kyc-pass");
                        assertThat(reviewed.path("cardholderId").isNumber()).as(s.toString()).isTrue();
                        assertThat(reviewed.path("linkFingerprint").asText()).as("never the link itself")
                                .matches("\\[REDACTED:kyc-link#[0-9a-f]{12}]");
                    });
            Set<Long> madeFirst = new TreeSet<>();
            pending.forEach(s -> madeFirst.add(s.path("resume").path("cardholder:Jordan:kyc-pass").path("cardholderId")
                    .asLong()));

            // Refused before anything starts: another target, a tampered bundle, the embedded simulator.
            Result elsewhere = run(server, apiKey, "https://127.0.0.1:1/v2", "--continue", firstRun);
            assertThat(elsewhere.code()).as(elsewhere.toString()).isEqualTo(2);
            assertThat(elsewhere.err().strip().lines()).singleElement().asString()
                    .contains("ran against " + server.baseUrl()).contains("aim this run at the same target");
            Path tampered = dir.resolve("tampered");
            TestFiles.copyTree(firstBundle, tampered);
            Path scenarios = tampered.resolve("scenarios.jsonl");
            Files.writeString(scenarios, Files.readString(scenarios).replaceFirst(
                    "\"cardholderId\":(\\d)", "\"cardholderId\":9$1"));
            Result forged = run(server, apiKey, server.baseUrl().toString(), "--continue", tampered.toString());
            assertThat(forged.code()).as(forged.toString()).isEqualTo(4);
            assertThat(forged.err()).contains("did not verify (CORRUPT)");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int embedded = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run",
                    "--continue", firstRun, "--evidence", evidence.toString());
            assertThat(embedded).as(err.toString()).isEqualTo(2);
            assertThat(err.toString()).contains("--continue continues a run on a real target");
            assertThat(Files.list(evidence).count()).as("no refused continuation wrote a bundle").isEqualTo(1);

            Thread.sleep(2_500); // the reviews the first run started end while no run is waiting
            Result second = run(server, apiKey, server.baseUrl().toString(), "--continue", firstRun,
                    "--max-wait", "60s");
            assertThat(second.code()).as(second.toString()).isZero();
            assertThat(second.out()).contains("continues " + firstRun + ": " + pending.size() + " of its "
                    + pending.size() + " pending scenarios").contains("adopted cardholder:Jordan:kyc-pass = ")
                    .contains(pending.size() + " scenarios: " + pending.size() + " passed").contains("VERIFIED");
            Path secondBundle;
            try (Stream<Path> runs = Files.list(evidence)) {
                secondBundle = runs.filter(p -> !p.equals(firstBundle)).findFirst().orElseThrow();
            }
            List<JsonNode> calls = lines(secondBundle, "calls.jsonl");
            assertThat(calls).as("no cardholder made or submitted again")
                    .noneMatch(c -> c.path("method").asText().equals("POST")
                            && c.path("path").asText().matches(".*/cardholders(/\\d+/kyc-submit)?$"))
                    .noneMatch(c -> c.path("path").asText().contains("/staging/kyc"));
            Set<Long> readSecond = new TreeSet<>();
            calls.stream().filter(c -> c.path("path").asText().matches(".*/cardholders/\\d+$"))
                    .forEach(c -> readSecond.add(Long.parseLong(c.path("path").asText()
                            .replaceAll(".*/cardholders/", ""))));
            assertThat(readSecond).as("the cardholders polled are the ones the first run made").isEqualTo(madeFirst);
            assertThat(lines(secondBundle, "scenarios.jsonl")).allSatisfy(s -> assertThat(
                    s.path("continues").asText()).isEqualTo(firstRun));
            JsonNode coverage = JSON.readTree(secondBundle.resolve("coverage.json").toFile());
            assertThat(coverage.findValuesAsText("continues")).as("coverage names the run holding the rest")
                    .isNotEmpty().allMatch(firstRun::equals);

            Result third = run(server, apiKey, server.baseUrl().toString(), "--continue",
                    secondBundle.getFileName().toString());
            assertThat(third.code()).as(third.toString()).isEqualTo(2);
            assertThat(third.err()).contains("left no scenario pending on the target");
        }
    }

    private Result run(EmbeddedSimulator server, Path apiKey, String target, String... more) {
        return CliRuns.against(server, apiKey, dir.resolve("evidence"), "run", target, more);
    }

}
