package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.cli.GoLive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read met by a gateway blip (a 502, a reset connection) is retried through {@code Retries}, and every attempt is
 * in the evidence: both are call records, the blip is an error record classed as a handled transient, and no call
 * is a contract violation. Runs the {@code @gateway-blip} scenarios against the embedded simulator.
 */
final class ReadRetryEvidenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path evidenceRoot;
    static int code;
    static String output;
    static List<JsonNode> calls;
    static List<JsonNode> errors;

    @BeforeAll
    static void run() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "run", "--evidence", evidenceRoot.toString(), "--tags", "@gateway-blip", "--no-report");
        output = out + "\n" + err;
        Path bundle;
        try (Stream<Path> runs = Files.list(evidenceRoot)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        calls = read(bundle.resolve("calls.jsonl"));
        errors = read(bundle.resolve("errors.jsonl"));
    }

    private static List<JsonNode> read(Path file) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static List<JsonNode> listCalls(String scenarioPart) {
        return calls.stream().filter(c -> c.path("scenario").asText().contains(scenarioPart))
                .filter(c -> c.path("method").asText().equals("GET") && c.path("path").asText().equals("/cardholders"))
                .toList();
    }

    @Test
    void bothScenariosPass() {
        assertThat(code).as(output).isZero();
        assertThat(output).contains("2 scenarios: 2 passed, 0 failed");
    }

    @Test
    void aReadAnswered502Then200IsTwoCallRecordsOneHandledErrorAndNoViolation() {
        List<JsonNode> attempts = listCalls("502");
        assertThat(attempts).extracting(c -> c.path("status").asInt()).as(output).containsExactly(502, 200);
        assertThat(attempts).extracting(c -> c.path("contract").path("result").asText())
                .doesNotContain("fail");
        List<JsonNode> blips = errors.stream().filter(e -> e.path("scenario").asText().contains("502")).toList();
        assertThat(blips).hasSize(1);
        assertThat(blips.get(0).path("status").asInt()).isEqualTo(502);
        assertThat(blips.get(0).path("callSeq").asLong()).isEqualTo(attempts.get(0).path("seq").asLong());
        assertThat(blips.get(0).path("classification").asText()).isEqualTo("server-error");
        assertThat(blips.get(0).path("transient").asBoolean()).as("handled as transient").isTrue();
    }

    @Test
    void aReadWhoseConnectionIsResetIsRetriedInSightOfTheEvidence() {
        List<JsonNode> attempts = listCalls("reset");
        assertThat(attempts).extracting(c -> c.path("status").asInt()).as(output).containsExactly(-1, 200);
        List<JsonNode> resets = errors.stream().filter(e -> e.path("scenario").asText().contains("reset")).toList();
        assertThat(resets).hasSize(1);
        assertThat(resets.get(0).path("status").asInt()).isEqualTo(-1);
        assertThat(resets.get(0).path("callSeq").asLong()).isEqualTo(attempts.get(0).path("seq").asLong());
        assertThat(resets.get(0).path("classification").asText())
                .isIn("reset-after-sent", "reset-before-sent", "closed-without-answer");
        assertThat(resets.get(0).path("transient").asBoolean()).isTrue();
    }
}
