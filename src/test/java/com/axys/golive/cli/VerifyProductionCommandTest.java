package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.ThrowawayPki;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code golive verify-production} in-process, rehearsed against the embedded simulator. */
final class VerifyProductionCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Whether test 8's scenario runs: it is {@code @wip} until the embedded simulator answers GET /cards/transactions
     * (branch h/money). Once it does, remove {@code @wip} from test 8 and set this to true: test 8 then runs, and with
     * no transaction on the new card the table shows WARN instead of MANUAL.
     */
    private static final boolean TEST_8_RUNS = true;

    @TempDir
    Path evidenceRoot;

    @Test
    void aRehearsalAgainstTheSimulatorPrintsTheRunbooksTableAndTheCleanupList() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = execute(out, err, "verify-production", "--target", "simulator", "--confirm", "--no-report",
                "--evidence", evidenceRoot.toString());
        String printed = out.toString();

        assertThat(code).as("exit code; stderr: %s%nstdout: %s", err, printed).isZero();
        assertThat(printed).contains("REHEARSAL against simulator").contains("NOT the production verification");
        assertThat(printed).containsPattern("\\| Test +\\| Pass criteria +\\| Result +\\| Notes +\\|")
                .containsPattern("\\| 1\\. Auth test +\\| 200 from GET /cardholders +\\| PASS +\\| Confirms cert")
                .containsPattern("\\| 2\\. Cardholder creation +\\| cardholderId returned +\\| PASS +\\| cardholderId"
                        + " \\d+ for cleanup")
                .containsPattern("\\| 3\\. Compliance submission +\\| applicationLink returned, status = 3 +\\| PASS"
                        + " +\\| applicationLink returned \\(host verify\\.didit\\.example;")
                .containsPattern("\\| 4\\. Compliance approval +\\| status = 1 confirmed +\\| PASS +\\| Use a real"
                        + " identity document — staging approvals don't transfer; rehearsal")
                .containsPattern("\\| 5\\. Card issuance +\\| cardId \\+ cryptoAddresses returned +\\| PASS +\\|"
                        + " cardId \\d+; cryptoAddresses: ")
                .containsPattern("\\| 6\\. Sensitive details +\\| Full PAN \\+ CVV returned by /details +\\| PASS")
                .containsPattern("\\| 7\\. Test transaction +\\| .+ \\| MANUAL +\\|")
                .containsPattern("\\| 8\\. Transaction retrieval +\\| Test transaction visible in /cards/transactions"
                        + " +\\| " + (TEST_8_RUNS ? "WARN +\\| no transaction yet" : "MANUAL +\\| after test 7"))
                .contains("REHEARSAL, not production: 6 PASS, 0 FAIL, "
                        + (TEST_8_RUNS ? "1 MANUAL, 1 WARN" : "2 MANUAL, 0 WARN"))
                .contains("Verdict: NOT GO YET: no test failed, but " + (TEST_8_RUNS ? "test 8 at WARN" : "test 7"));
        assertThat(printed).containsPattern("Test entities to clean up:\\n  - cardholderId \\d+ \\(last name"
                + " Golive-Verification\\): held by the embedded simulator")
                .containsPattern("  - cardId \\d+: held by the embedded simulator").contains("VERIFIED");
        assertThat(printed).doesNotContain("https://verify.didit.example");
        assertThat(printed).as("test 4's launch-day notice, rehearsed: where the KYC link is, the documented way")
                .containsPattern(">> Rehearsal: .*Test 4: cardholderId (\\d+) is under compliance review.*identity"
                        + " check at verify\\.didit\\.example .*kyc-submit answer \\(applicationLink\\); it is not"
                        + " printed.*POST /cardholders/\\1/kyc-url/refresh \\(documented while in status 3")
                .doesNotContain("GET /cardholders/1");

        Path bundle = onlyBundle();
        String md = Files.readString(bundle.resolve("production-verification.md"));
        assertThat(md).startsWith("# Phase 3 production verification").contains("| 7. Test transaction")
                .doesNotContain("https://verify.didit.example");
        JsonNode table = JSON.readTree(bundle.resolve("production-verification.json").toFile());
        assertThat(table.path("rehearsal").asBoolean()).isTrue();
        assertThat(table.path("verdict").asText()).startsWith("NOT GO YET");
        assertThat(md).contains("Verdict: NOT GO YET");
        assertThat(table.path("tests").findValuesAsText("result")).containsExactly("PASS", "PASS", "PASS", "PASS",
                "PASS", "PASS", "MANUAL", TEST_8_RUNS ? "WARN" : "MANUAL");
        assertThat(table.path("cleanup").findValuesAsText("kind")).containsExactly("cardholder", "card");
        JsonNode manifest = JSON.readTree(bundle.resolve("manifest.json").toFile());
        assertThat(manifest.path("files").findValuesAsText("path")).contains("production-verification.md",
                "production-verification.json");
        List<String> scenarios = Files.readAllLines(bundle.resolve("scenarios.jsonl"));
        assertThat(scenarios).hasSize(TEST_8_RUNS ? 7 : 6)
                .allSatisfy(l -> assertThat(l).contains("\"@production-safe\""));
    }

    @Test
    void refusesWithoutConfirmAndSaysWhatItWouldCreate() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = execute(out, err, "verify-production", "--evidence", evidenceRoot.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("creates a test cardholder").contains("in production unless")
                .contains("support ticket").contains("--confirm").contains("--target simulator");
        try (Stream<Path> created = Files.list(evidenceRoot)) {
            assertThat(created).as("nothing started without --confirm").isEmpty();
        }
    }

    @Test
    void aFailedAuthTestStopsBeforeAnythingIsCreatedAndExitsAsAConnectivityFailure() throws Exception {
        ThrowawayPki pki = ThrowawayPki.generate(evidenceRoot.resolve("pki"), Clock.systemUTC());
        Path apiKey = Files.writeString(evidenceRoot.resolve("api-key.txt"), "test-api-key-value\n");
        Path evidence = evidenceRoot.resolve("evidence");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = execute(out, err, "verify-production", "--confirm", "--no-report", "--target",
                "https://127.0.0.1:9/v2", "--cert", "file:" + pki.client().certPem(), "--key",
                "file:" + pki.client().keyPem(), "--api-key", "file:" + apiKey, "--evidence", evidence.toString());

        assertThat(code).as("exit code; stderr: %s%nstdout: %s", err, out).isEqualTo(3);
        assertThat(out.toString()).contains("REHEARSAL against custom")
                .contains("Test 1 did not pass: tests 2-8 were not started, and nothing was created.")
                .containsPattern("\\| 1\\. Auth test +\\| 200 from GET /cardholders +\\| FAIL +\\|")
                .containsPattern("\\| 2\\. Cardholder creation +\\| .+ \\| FAIL +\\| not run: test 1 did not pass")
                .contains("Test entities to clean up:\n  Nothing was created.");
        assertThat(err.toString()).contains("the auth test failed");
        Path bundle;
        try (Stream<Path> runs = Files.list(evidence)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(Files.readString(bundle.resolve("calls.jsonl"))).doesNotContain("createCardholder");
    }

    /** Runs golive with verify-production registered, whether or not GoLive lists it yet. */
    private static int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = GoLive.commandLine();
        if (!cli.getSubcommands().containsKey("verify-production")) {
            cli.addSubcommand(new VerifyProductionCommand());
        }
        return cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    private Path onlyBundle() throws Exception {
        try (Stream<Path> runs = Files.list(evidenceRoot)) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
