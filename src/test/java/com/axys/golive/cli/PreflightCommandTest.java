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
