package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.preflight.InMemoryDns;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.tls.ThrowawayPki;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golive preflight} end to end, in-process, with a DNS server in memory instead of the network. */
final class PreflightCommandTest {

    private static final String IP = "203.0.113.7";

    @TempDir
    static Path dir;
    static ThrowawayPki pki;
    static ThrowawayPki.IssuedIdentity expired;
    static Instant expiredOn;

    @TempDir
    Path evidence;

    @BeforeAll
    static void issue() {
        pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        expiredOn = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        expired = pki.issueClient("expired", expiredOn.minus(Duration.ofDays(90)), expiredOn);
    }

    @Test
    void withNoArgumentsChecksTheSimulatorAndPassesWithFcrdnsSkipped() throws Exception {
        Outcome outcome = preflight(Map.of(), "--evidence", evidence.toString());

        assertThat(outcome.code()).as("exit code; stderr: %s%nstdout: %s", outcome.err(), outcome.out()).isZero();
        assertThat(outcome.out())
                .contains("target simulator (https://127.0.0.1:")
                .containsPattern("certificate loads +P2.CERT.02/03 +PASS")
                .containsPattern("FCrDNS +P2.NET.03/04/05 +SKIP +simulator: no DNS to check; use --target"
                        + " staging\\|production with your real certificate")
                .containsPattern("auth test +P2.NET.06, P3.01 +PASS +GET /cardholders answered 200")
                .contains("Preflight PASSED: 6 of 7 checks passed; 0 warnings, 1 skipped (FCrDNS)")
                .doesNotContain("sim_").doesNotContain("PRIVATE KEY");
        Path bundle;
        try (Stream<Path> runs = Files.list(evidence)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(Files.readAllLines(bundle.resolve("calls.jsonl"))).singleElement().asString()
                .contains("/cardholders");
    }

    @Test
    void aRealTargetWithGoodCertificateDnsAndKeyPassesEveryCheck() throws Exception {
        try (EmbeddedSimulator target = EmbeddedSimulator.start(dir.resolve("target-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            ThrowawayPki.IssuedIdentity client = target.pki().client();
            String apiKey = target.apiKey().asString();

            Outcome outcome = preflight(Map.of("PROGRAM_KEY", apiKey), "--target", target.baseUrl().toString(),
                    "--cert", "file:" + client.certPem(), "--key", "file:" + client.keyPem(),
                    "--ca-bundle", "file:" + target.pki().caCertPath(), "--api-key", "env:PROGRAM_KEY",
                    "--calling-ip", IP, "--evidence", evidence.toString());

            assertThat(outcome.code()).as("stderr: %s%nstdout: %s", outcome.err(), outcome.out()).isZero();
            assertThat(outcome.out()).contains("Preflight PASSED: 7 of 7 checks passed; 0 warnings, 0 skipped")
                    .contains("PTR and A records agree for every calling IP: " + IP + " <-> pay.example.test")
                    .contains("dig +short -x " + IP)
                    .doesNotContain(apiKey);
        }
    }

    @Test
    void anExpiredCertificateExits3AndNamesTheDate() {
        Outcome outcome = preflight(Map.of(), "--target", "staging", "--cert", "file:" + expired.certPem(),
                "--key", "file:" + expired.keyPem(), "--skip-auth-test", "--calling-ip", IP);

        assertThat(outcome.code()).as("stderr: %s", outcome.err()).isEqualTo(3);
        assertThat(outcome.out()).containsPattern("validity +P2.CERT.03 +FAIL +client certificate CN=pay.example.test"
                        + " expired on " + expiredOn)
                .contains("Preflight FAILED: 1 of 7 checks failed (validity)");
    }

    @Test
    void aKeyOfAnotherCertificateExits3() {
        Outcome outcome = preflight(Map.of(), "--target", "staging", "--cert", "file:" + pki.client().certPem(),
                "--key", "file:" + expired.keyPem(), "--skip-auth-test", "--calling-ip", IP);

        assertThat(outcome.code()).isEqualTo(3);
        assertThat(outcome.out()).containsPattern("key matches certificate +P2.CERT.04 +FAIL +client key 'file:.*"
                + "' does not match certificate CN=pay.example.test")
                .contains("fix: check --cert and --key point at the same pair");
    }

    @Test
    void jsonIsOneDocumentForCi() throws Exception {
        Outcome outcome = preflight(Map.of(), "--target", "production", "--cert", "file:" + pki.client().certPem(),
                "--key", "file:" + pki.client().keyPem(), "--skip-auth-test", "--calling-ip", IP, "--json");

        assertThat(outcome.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertThat(json.path("verdict").asText()).isEqualTo("PASS");
        assertThat(json.path("target").asText()).isEqualTo("production (https://production.api.axyscards.com/v2)");
        assertThat(json.path("checks")).hasSize(7);
        assertThat(json.path("checks").findValuesAsText("result"))
                .containsExactly("PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "SKIP");
    }

    /**
     * {@code --into RUN}: the results go into a run's bundle, whose coverage then decides the Phase 2 items the checks
     * cover, and which still verifies; the preflight's own bundle holds them too; another target's run is refused.
     */
    @Test
    void intoARunItsResultsDecideThePhase2ItemsOfThatRunsCoverage() throws Exception {
        StringWriter runOut = new StringWriter();
        int ran = GoLive.execute(new PrintWriter(runOut, true), new PrintWriter(new StringWriter(), true), "run",
                "--no-report", "--tags", "@checklist:P1.INT.01 and @checklist:P1.ERR.01", "--evidence",
                evidence.toString());
        assertThat(ran).as(runOut.toString()).isZero();
        Path run;
        try (Stream<Path> runs = Files.list(evidence)) {
            run = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(result(run, "P2.CERT.03")).isEqualTo("not run");

        Outcome outcome = preflight(Map.of(), "--evidence", evidence.toString(), "--into", run.getFileName()
                .toString());

        assertThat(outcome.code()).as("stderr: %s%nstdout: %s", outcome.err(), outcome.out()).isZero();
        assertThat(outcome.out()).contains("Added to " + run + ": preflight.json");
        assertThat(result(run, "P2.CERT.03")).as("certificate validity PASS").isEqualTo("passed");
        assertThat(result(run, "P2.CERT.04")).as("key match PASS").isEqualTo("passed");
        assertThat(result(run, "P2.NET.03")).as("FCrDNS SKIP proves nothing").isEqualTo("not run");
        assertThat(Files.readString(run.resolve("coverage.md"))).contains("passed: preflight: validity");
        JsonNode coverage = new ObjectMapper().readTree(run.resolve("coverage.json").toFile());
        JsonNode phase2 = coverage.path("phases").get(1);
        long passed = 0;
        for (JsonNode row : coverage.path("items")) {
            passed += row.path("phase").asInt() == 2 && row.path("result").asText().equals("passed") ? 1 : 0;
        }
        assertThat(phase2.path("phase").asInt()).isEqualTo(2);
        assertThat(phase2.path("passed").asLong()).as("the tally counted again").isEqualTo(passed)
                .isGreaterThanOrEqualTo(2);
        StringWriter verifyOut = new StringWriter();
        assertThat(GoLive.execute(new PrintWriter(verifyOut, true), new PrintWriter(new StringWriter(), true),
                "evidence", "verify", run.toString())).as(verifyOut.toString()).isZero();
        assertThat(new ObjectMapper().readTree(run.resolve("manifest.json").toFile()).path("manifestVersion")
                .asInt()).isEqualTo(2);

        Outcome again = preflight(Map.of(), "--evidence", evidence.toString(), "--into", run.toString());
        assertThat(again.code()).as("a run takes one preflight's results").isEqualTo(2);
        assertThat(again.err()).contains("already holds preflight results");
        assertThat(new ObjectMapper().readTree(run.resolve("manifest.json").toFile()).path("manifestVersion")
                .asInt()).isEqualTo(2);

        Path own;
        try (Stream<Path> runs = Files.list(evidence)) {
            own = runs.filter(p -> Files.isDirectory(p) && !p.equals(run)).sorted().findFirst().orElseThrow();
        }
        assertThat(Files.exists(own.resolve("preflight.json"))).as("the preflight's own bundle").isTrue();
        assertThat(result(own, "P2.CERT.03")).isEqualTo("passed");

        Path other = Files.createDirectories(dir.resolve("other-target"));
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("other-pki"), 0,
                ProgramProfile.defaults().withReviewDelay(Duration.ofSeconds(1)), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("other-key"), server.apiKey().asString() + "\n");
            var p = server.pki();
            assertThat(GoLive.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(),
                    true), "run", "--target", server.baseUrl().toString(), "--cert", "file:" + p.client().certPem(),
                    "--key", "file:" + p.client().keyPem(), "--ca-bundle", "file:" + p.caCertPath(), "--api-key",
                    "file:" + apiKey, "--no-report", "--tags", "@checklist:P1.INT.01 and @checklist:P1.ERR.01",
                    "--max-wait", "60s", "--evidence", other.toString())).isZero();
        }
        Path custom;
        try (Stream<Path> runs = Files.list(other)) {
            custom = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Outcome refused = preflight(Map.of(), "--evidence", evidence.toString(), "--into", custom.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("ran against custom").contains("this preflight checked simulator");
        assertThat(Files.exists(custom.resolve("preflight.json"))).isFalse();

        Outcome missing = preflight(Map.of(), "--evidence", evidence.toString(), "--into", "no-such-run");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--into: no run no-such-run");
    }

    private static String result(Path bundle, String item) throws java.io.IOException {
        for (JsonNode row : new ObjectMapper().readTree(bundle.resolve("coverage.json").toFile()).path("items")) {
            if (row.path("id").asText().equals(item)) {
                return row.path("result").asText();
            }
        }
        throw new AssertionError("no " + item);
    }

    @Test
    void usageMistakesExit2WithTheFix() {
        assertUsage(List.of("--warn-days", "-1"), "--warn-days must be 0 or more");
        assertUsage(List.of("--target", "staging", "--calling-ip", "300.1.2.3"), "is not an IPv4 address");
        assertUsage(List.of("--target", "staging"), "needs a client certificate and its key");
        assertUsage(List.of("--target", "staging", "--cert", "file:a.crt", "--key", "file:a.key"),
                "needs an API key for the auth test");
        assertUsage(List.of("--target", "ftp://x"), "unknown target");
        assertUsage(List.of("--no-such-flag"), "Unknown option");
    }

    private void assertUsage(List<String> args, String message) {
        Outcome outcome = preflight(Map.of(), args.toArray(String[]::new));
        assertThat(outcome.code()).as("exit code of %s", args).isEqualTo(2);
        assertThat(outcome.err()).as("stderr of %s", args).contains(message);
    }

    private record Outcome(int code, String out, String err) { }

    private Outcome preflight(Map<String, String> env, String... args) {
        InMemoryDns dns = new InMemoryDns().a("pay.example.test", IP).ptr(IP, "pay.example.test");
        PreflightCommand command = new PreflightCommand(env, dir, Clock.systemUTC(), () -> dns,
                Duration.ofMillis(500));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ErrorHandler errors = new ErrorHandler();
        int code = new picocli.CommandLine(command).setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
