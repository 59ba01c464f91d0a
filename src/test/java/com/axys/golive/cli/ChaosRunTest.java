package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golive run --chaos 1:0.1} end to end on the embedded simulator over real mTLS: scenarios may fail under
 * chaos, but no transfer is applied twice, every fault the simulator injected and answered shows in the bundle as a
 * call with that status, and the bundle verifies.
 */
final class ChaosRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code -Dgolive.chaos=2:0.1} measures another seed (the README figures); the suite runs 1:0.1. */
    private static final String SEED = System.getProperty("golive.chaos", "1:0.1");

    @TempDir
    Path root;

    @Test
    void seedOneAtATenthInjectsFaultsThatTheBundleRecordsAndNoTransferIsDuplicated() throws Exception {
        Path evidence = root.resolve("evidence");
        Path faultLog = root.resolve("faults.jsonl");
        // A slow answer is held one second past the client's read timeout: 3 s here, so each costs seconds.
        Path config = Files.writeString(root.resolve("golive.yaml"), "client:\n  readTimeoutSeconds: 3\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "run", "--config", config.toString(), "--evidence", evidence.toString(), "--no-report",
                "--chaos", SEED, "--chaos-log", faultLog.toString());

        String text = out.toString();
        Matcher tally = Pattern.compile("(\\d+) scenarios: (\\d+) passed, (\\d+) failed").matcher(text);
        assertThat(tally.find()).as("closing tally; stderr: %s%nstdout: %s", err, text).isTrue();
        Matcher chaos = Pattern.compile("chaos +(\\d+) faults injected, (\\d+) transfers applied, (\\d+) duplicate"
                + " transfers").matcher(text);
        assertThat(chaos.find()).as("chaos closing line in %s", text).isTrue();
        System.out.printf("chaos seed " + SEED + " -> exit %d, %s scenarios: %s passed, %s failed; %s faults, %s transfers,"
                + " %s duplicates%n", code, tally.group(1), tally.group(2), tally.group(3), chaos.group(1),
                chaos.group(2), chaos.group(3));

        assertThat(code).as("exit code (1: scenarios failed under chaos is allowed; 4 would be a bad bundle);"
                + " stderr: %s", err).isIn(0, 1);
        assertThat(text).contains("VERIFIED: ");
        assertThat(chaos.group(3)).as("duplicate transfers in the simulator's ledger").isEqualTo("0");
        assertThat(Integer.parseInt(chaos.group(2))).as("transfers applied: the run did move money").isPositive();

        List<JsonNode> faults = new ArrayList<>();
        for (String line : Files.readAllLines(faultLog)) {
            faults.add(JSON.readTree(line));
        }
        assertThat(faults).as("faults injected at 10%").hasSize(Integer.parseInt(chaos.group(1))).hasSizeGreaterThan(5);
        assertThat(faults).extracting(f -> f.path("fault").asText()).as("seed %s meets every kind of fault", SEED)
                .contains("slow-answer", "lost-answer", "reset-before-read", "rate-limited")
                .containsAnyOf("spontaneous-admin-decline", "spontaneous-error");

        Path bundle;
        try (Stream<Path> runs = Files.list(evidence)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        JsonNode record = JSON.readTree(bundle.resolve("chaos.json").toFile());
        assertThat(record.path("seed").asText() + ":" + record.path("rate").asText())
                .as("the bundle names the seed and rate that repeat this run").isEqualTo(new ChaosOption().convert(SEED).seed()
                        + ":" + new ChaosOption().convert(SEED).rate());
        assertThat(record.path("faultsInjected").asInt()).isEqualTo(faults.size());
        List<JsonNode> recorded = new ArrayList<>();
        record.path("faults").forEach(recorded::add);
        assertThat(recorded).as("the bundle's fault list is the simulator's fault log").isEqualTo(faults);
        assertThat(record.path("duplicateTransfers").asInt()).isZero();
        List<JsonNode> calls = new ArrayList<>();
        for (String line : Files.readAllLines(bundle.resolve("calls.jsonl"))) {
            calls.add(JSON.readTree(line));
        }
        boolean[] used = new boolean[calls.size()];
        List<Long> matchedSeqs = new ArrayList<>();
        java.util.Set<Long> reviewOutcomeSeqs = new java.util.HashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (JsonNode fault : faults) {
            int found = -1;
            for (int i = 0; i < calls.size() && found < 0; i++) {
                if (!used[i] && matches(fault, calls.get(i))) {
                    found = i;
                }
            }
            if (found >= 0) {
                used[found] = true;
                matchedSeqs.add(calls.get(found).path("seq").asLong());
                if (fault.path("fault").asText().startsWith("spontaneous-")) {
                    reviewOutcomeSeqs.add(calls.get(found).path("seq").asLong());
                }
            } else {
                unmatched.add(fault.toString());
            }
        }
        System.out.printf("chaos seed " + SEED + " -> %d of %d faults matched a call record%n",
                faults.size() - unmatched.size(), faults.size());
        unmatched.forEach(f -> System.out.println("  unmatched " + f));
        // Every attempt is a call record now (the HTTP client retries nothing out of sight), resets included.
        assertThat(unmatched).as("injected faults with no call record of the same method, path and status").isEmpty();

        // Each scenario chaos broke says so: the fault it met, by call, not only "expected 200 but was 504".
        List<String> unnamed = new ArrayList<>();
        int failed = 0;
        for (String line : Files.readAllLines(bundle.resolve("scenarios.jsonl"))) {
            JsonNode scenario = JSON.readTree(line);
            if (scenario.path("status").asText().equals("failed")) {
                failed++;
                String failure = scenario.path("failure").asText();
                if (!failure.matches("(?s).*\\[met \\d+ passing faults? on the target; the last: [A-Z]+ /\\S* -> .*"
                        + "\\(call #\\d+\\).*") && !failure.matches("(?s).* landed in (Error|Admin Decline) \\([67]\\)"
                        + " while the poll waited for .*")) {
                    unnamed.add(scenario.path("scenario").asText() + ": " + failure);
                }
            }
        }
        System.out.printf("chaos seed " + SEED + " -> %d of %d failed scenarios name the fault they met%n",
                failed - unnamed.size(), failed);
        assertThat(unnamed).as("failed scenarios whose failure does not name the fault they met").isEmpty();
        long consoleNamed = text.lines().filter(l -> l.contains("passing fault") && l.contains("(call #")).count();
        assertThat(consoleNamed).as("console lines under FAIL that name the fault met, in %s", text)
                .isGreaterThanOrEqualTo(failed);
        java.util.Set<Long> errorSeqs = new java.util.HashSet<>();
        for (String line : Files.readAllLines(bundle.resolve("errors.jsonl"))) {
            JsonNode error = JSON.readTree(line);
            if (error.has("callSeq")) {
                errorSeqs.add(error.path("callSeq").asLong());
            }
        }
        List<Long> noErrorRecord = matchedSeqs.stream().filter(seq -> !errorSeqs.contains(seq)
                && !reviewOutcomeSeqs.contains(seq)).toList();
        System.out.printf("chaos seed " + SEED + " -> %d of %d faulted calls have an error record%n",
                matchedSeqs.size() - noErrorRecord.size(), matchedSeqs.size());
        assertThat(noErrorRecord).as("calls that met an injected fault but have no errors.jsonl record (callSeq)")
                .isEmpty();

        // The engine's spontaneous outcomes answer 200: they show as the review ending in 7 or 6, which the
        // integration observed (transitions.jsonl), never as a re-submission.
        List<String> seenEnds = new ArrayList<>();
        for (String line : Files.readAllLines(bundle.resolve("transitions.jsonl"))) {
            JsonNode t = JSON.readTree(line);
            if (t.path("entity").asText().equals("cardholder") && t.path("field").asText().equals("status")) {
                seenEnds.add(t.path("id").asText() + "->" + t.path("to").asText());
            }
        }
        List<String> unseen = new ArrayList<>();
        for (JsonNode fault : faults) {
            String kind = fault.path("fault").asText();
            if (kind.startsWith("spontaneous-")) {
                String end = fault.path("cardholderId").asText() + "->" + (kind.endsWith("error") ? "6" : "7");
                if (!seenEnds.contains(end)) {
                    unseen.add(end);
                }
            }
        }
        assertThat(unseen).as("spontaneous review outcomes the integration never observed (cardholder->status)")
                .isEmpty();
    }

    private static boolean matches(JsonNode fault, JsonNode call) {
        String path = fault.path("path").asText();
        String callPath = call.path("path").asText().split("\\?", 2)[0];
        Instant at = Instant.parse(fault.path("time").asText());
        Instant ts = Instant.parse(call.path("ts").asText());
        return fault.path("method").asText().equalsIgnoreCase(call.path("method").asText())
                && (callPath.equals(path) || path.endsWith(callPath))
                && fault.path("status").asInt() == call.path("status").asInt()
                && Duration.between(ts, at).abs().compareTo(Duration.ofSeconds(30)) < 0;
    }
}
