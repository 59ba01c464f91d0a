package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.evidence.Hashing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golive run} end to end against the embedded simulator, as a user runs it (in-process). */
final class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path evidenceRoot;

    /**
     * The main job exactly as the README's first command runs it: every feature, the Allure report, and the
     * post-run verification of the bundle with every secret the run met (a leak would exit 4).
     */
    @Test
    void aRunAgainstTheSimulatorPassesAndLeavesAVerifiableBundle() throws Exception {
        // under target/evidence, not a temporary folder: CI scans what this full run wrote once the build ends
        Path evidenceRoot = freshFolder(Path.of(System.getProperty("golive.evidence.root", "target/evidence"))
                .resolve("golive-run"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "run", "--evidence", evidenceRoot.toString());

        assertThat(code).as("exit code; stderr: %s%nstdout: %s", err, out).isZero();
        assertThat(out.toString()).containsPattern("\\d+ scenarios: \\d+ passed, 0 failed, 0 skipped")
                .contains("Evidence: " + evidenceRoot).contains("VERIFIED")
                .containsPattern("time [0-9.]+ s: start-up [0-9.]+ s, scenarios [0-9.]+ s, report [0-9.]+ s,"
                        + " close [0-9.]+ s, verify [0-9.]+ s; CPU [0-9.]+ s");
        assertThat(out.toString().lines().filter(l -> l.startsWith("  [")).toList()).as("progress lines")
                .isNotEmpty().allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(120));

        Path bundle;
        try (Stream<Path> runs = Files.list(evidenceRoot)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        List<String> calls = Files.readAllLines(bundle.resolve("calls.jsonl"));
        assertThat(calls).isNotEmpty();
        for (String line : calls) {
            JsonNode call = JSON.readTree(line);
            // a call that got no answer (status -1: a reset connection, on purpose) has no response to check; an
            // injected transient answer (429, 5xx) is not judged against the contract when the contract leaves it out
            int status = call.path("status").asInt();
            assertThat(call.path("contract").path("result").asText()).as("contract result of %s", line)
                    .isIn(status == -1 ? List.of("skipped")
                            : List.of(429, 500, 502, 503, 504).contains(status) ? List.of("pass", "skipped")
                            : List.of("pass"));
            assertThat(call.path("checklist")).isNotEmpty();
        }

        JsonNode manifest = JSON.readTree(bundle.resolve("manifest.json").toFile());
        assertThat(manifest.path("complete").asBoolean()).isTrue();
        assertThat(manifest.path("counts").path("calls").asLong()).isEqualTo(calls.size());
        for (JsonNode file : manifest.path("files")) {
            Path f = bundle.resolve(file.path("path").asText());
            assertThat(Files.size(f)).as("size of %s", f).isEqualTo(file.path("size").asLong());
            assertThat(Hashing.sha256(f)).as("SHA-256 of %s", f).isEqualTo(file.path("sha256").asText());
        }
        assertThat(manifest.path("files").findValuesAsText("path")).contains("calls.jsonl", "log.jsonl",
                "transitions.jsonl", "errors.jsonl", "scenarios.jsonl");
        assertThat(Files.size(bundle.resolve("log.jsonl"))).as("structured log written").isPositive();
    }

    @Test
    void aTagExpressionMatchingNothingIsAUsageError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "run", "--evidence", evidenceRoot.toString(), "--tags", "@no-such-tag");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no scenario matched").contains("nothing was started");
        assertThat(evidenceRoot.toFile().list()).as("no bundle is left behind").isNullOrEmpty();
    }

    @Test
    void aCallingIpThatIsNotIpv4IsOneUsageLineBeforeAnythingStarts() {
        for (String ip : java.util.List.of("nat.example.com", "203.0.113.300", "2001:db8::7", "203.0.113.7,x")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                    "run", "--evidence", evidenceRoot.toString(), "--calling-ip", ip);
            assertThat(code).as(ip).isEqualTo(2);
            assertThat(err.toString().strip().lines()).as(ip).singleElement().asString()
                    .contains("--calling-ip").contains("is not an IPv4 address");
            assertThat(evidenceRoot.toFile().list()).as("no bundle is left behind").isNullOrEmpty();
        }
    }

    @Test
    void aMalformedTagExpressionIsOneUsageLineBeforeAnythingStarts() {
        for (String tags : java.util.List.of("@checklist:P1.INT.01) or (@checklist:P1.INT.01", "@a AND @b",
                "not(", "checklist:P1.INT.01")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                    "run", "--evidence", evidenceRoot.toString(), "--tags", tags);
            assertThat(code).as(tags).isEqualTo(2);
            assertThat(err.toString().strip().lines()).as(tags).hasSize(1)
                    .allMatch(l -> l.startsWith("golive: error: tag expression"));
            assertThat(out.toString()).as("nothing started for %s", tags).doesNotContain("golive run: target");
            assertThat(evidenceRoot.toFile().list()).as("no bundle for %s", tags).isNullOrEmpty();
        }
    }

    /** {@code ./mvnw test -Dtest=RunCommandTest -Dcucumber.filter.tags=...}: the property is for FeaturesTest only. */
    @Test
    void aCucumberTagPropertyInTheSameJvmDoesNotSkipScenariosOfTheRun() {
        String before = System.getProperty("cucumber.filter.tags");
        System.setProperty("cucumber.filter.tags", "@checklist:P1.INT.02");
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run", "--no-report",
                    "--evidence", evidenceRoot.toString(), "--tags", "@security");
            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
            assertThat(out.toString()).containsPattern("(\\d+) scenarios: \\1 passed, 0 failed, 0 skipped");
        } finally {
            if (before == null) {
                System.clearProperty("cucumber.filter.tags");
            } else {
                System.setProperty("cucumber.filter.tags", before);
            }
        }
    }

    /**
     * The deliberate 401 negatives (a wrong key, no key) are not the run's own key being refused: a run of the error
     * handling features, where they come before the target has accepted any call, goes on and passes.
     */
    @Test
    @org.junit.jupiter.api.Tag("security")
    void theDeliberateApiKeyNegativesDoNotStopTheRun() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run", "--no-report",
                "--evidence", evidenceRoot.toString(), "--tags", "@checklist:P1.ERR.01");
        assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
        assertThat(out.toString()).containsPattern("(\\d+) scenarios: \\1 passed, 0 failed, 0 skipped")
                .contains("A call with a wrong API key is refused as unauthorised")
                .contains("A call without an API key is refused as unauthorised");
    }

    private static Path freshFolder(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
