package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.preflight.InMemoryDns;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.testing.HeadlessChromium;
import com.axys.golive.tls.ThrowawayPki;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code golive go-no-go} end to end, in-process: a real preflight saved with {@code --save} (failing on an expired
 * certificate, DNS in memory), a real rehearsal bundle from {@code verify-production --target simulator}, and the
 * page they make, read as text and as Chromium renders it.
 */
final class GoNoGoCommandTest {

    private static final String IP = "203.0.113.7";

    @TempDir
    static Path dir;
    static Instant expiredOn;
    static Path failedPreflight;
    static Path mismatchedKeyPreflight;
    static Outcome mismatchedKeyRun;
    static Path bundle;
    static Outcome preflightRun;

    @TempDir
    Path work;

    @BeforeAll
    static void preflightAndRehearsal() throws Exception {
        ThrowawayPki pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        expiredOn = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        ThrowawayPki.IssuedIdentity expired = pki.issueClient("expired", expiredOn.minus(Duration.ofDays(90)),
                expiredOn);
        failedPreflight = dir.resolve("preflight");
        InMemoryDns dns = new InMemoryDns().a("pay.example.test", IP).ptr(IP, "pay.example.test");
        PreflightCommand preflight = new PreflightCommand(Map.of(), dir, Clock.systemUTC(), () -> dns,
                Duration.ofMillis(500));
        preflightRun = run(new CommandLine(preflight), "--target", "production", "--cert", "file:"
                + expired.certPem(), "--key", "file:" + expired.keyPem(), "--skip-auth-test", "--calling-ip", IP,
                "--save", failedPreflight.toString());

        // Against a standalone simulator with its own throwaway credentials, the auth test included, but the key of
        // another certificate: "key matches certificate" fails.
        mismatchedKeyPreflight = dir.resolve("preflight-simulator");
        try (EmbeddedSimulator target = EmbeddedSimulator.start(dir.resolve("target-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            PreflightCommand againstSimulator = new PreflightCommand(Map.of("PROGRAM_KEY",
                    target.apiKey().asString()), dir, Clock.systemUTC(), () -> dns, Duration.ofMillis(500));
            mismatchedKeyRun = run(new CommandLine(againstSimulator), "--target", target.baseUrl().toString(),
                    "--cert", "file:" + target.pki().client().certPem(), "--key", "file:" + expired.keyPem(),
                    "--ca-bundle", "file:" + target.pki().caCertPath(), "--api-key", "env:PROGRAM_KEY",
                    "--calling-ip", IP, "--evidence", dir.resolve("preflight-evidence").toString(),
                    "--save", mismatchedKeyPreflight.toString());
            assertThat(Files.readString(mismatchedKeyPreflight.resolve("preflight.json")))
                    .doesNotContain(target.apiKey().asString());
        }

        Path evidence = dir.resolve("evidence");
        Outcome rehearsal = run(GoLive.commandLine(), "verify-production", "--target", "simulator", "--confirm",
                "--no-report", "--evidence", evidence.toString());
        assertThat(rehearsal.code()).as("verify-production; stderr: %s", rehearsal.err()).isZero();
        try (Stream<Path> runs = Files.list(evidence)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void preflightSavesItsJsonAndSha256WithoutKeyMaterial() throws Exception {
        assertThat(preflightRun.code()).as("stderr: %s", preflightRun.err()).isEqualTo(3);
        assertThat(preflightRun.out()).contains("Saved: " + failedPreflight.resolve("preflight.json"));
        String json = Files.readString(failedPreflight.resolve("preflight.json"));
        assertThat(json).contains("\"verdict\" : \"FAIL\"").contains("\"check\" : \"validity\"")
                .contains("expired on " + expiredOn).doesNotContain("PRIVATE KEY").doesNotContain("BEGIN");
        String sha = Files.readString(failedPreflight.resolve("preflight.json.sha256"));
        assertThat(sha).matches("[0-9a-f]{64}  preflight\\.json\\n");
        assertThat(sha.substring(0, 64)).isEqualTo(com.axys.golive.evidence.Hashing.sha256(
                Files.readAllBytes(failedPreflight.resolve("preflight.json"))));
    }

    @Test
    void aFailedPreflightIsNoGoAndThePageNamesTheFailedCheck() throws Exception {
        Path page = work.resolve("go-no-go.html");
        Outcome outcome = goNoGo("--preflight", failedPreflight.toString(), "--production", bundle.toString(),
                "-o", page.toString());

        assertThat(outcome.code()).as("stderr: %s%nstdout: %s", outcome.err(), outcome.out()).isEqualTo(1);
        assertThat(outcome.out()).startsWith("NO-GO: ").contains("Preflight validity")
                .contains("Page: " + page);
        assertThat(outcome.err()).isEmpty();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("data-verdict=\"NO_GO\"")
                .contains("expired on " + expiredOn)
                .contains("7. Test transaction").contains("not proven")
                .contains("rehearsal against simulator")
                .contains("The Phase 3 bundle verifies: VERIFIED")
                .contains("data-item=\"P4.PRE.03\"").contains("to be signed off by a person")
                .doesNotContainIgnoringCase("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");

        assertThat(section(html, "blockers")).as("the red items")
                .contains("<td>Preflight</td><td>validity</td><td>client certificate CN=pay.example.test expired on "
                        + expiredOn);

        String dom = HeadlessChromium.find(work).dumpDom(page);
        assertThat(dom).containsPattern("id=\"verdict\"[^>]*>NO-GO: ");
        assertThat(section(dom, "blockers")).as("the red items as Chromium rendered them")
                .containsPattern("<td>Preflight</td><td>validity</td><td>client certificate CN=pay\\.example\\.test"
                        + " expired on " + expiredOn);
    }

    @Test
    void aPreflightAgainstTheSimulatorWithAnotherCertificatesKeyIsNoGo() throws Exception {
        assertThat(mismatchedKeyRun.code()).as("preflight; stderr: %s%nstdout: %s", mismatchedKeyRun.err(),
                mismatchedKeyRun.out()).isEqualTo(3);
        Path page = work.resolve("key.html");
        Outcome outcome = goNoGo("--preflight", mismatchedKeyPreflight.resolve("preflight.json").toString(),
                "--production", bundle.toString(), "-o", page.toString());

        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.out()).startsWith("NO-GO: ").contains("Preflight key matches certificate");
        assertThat(section(Files.readString(page), "blockers")).containsPattern("<td>key matches certificate</td><td>client key"
                        + " &#39;file:[^<]*&#39; does not match certificate CN=pay\\.example\\.test")
                .contains("check --cert and --key point at the same pair")
                .contains("preflight ran against custom");
    }

    @Test
    void signOffsInTheBundleShowOnThePageAndSettleAManualTest() throws Exception {
        Path signed = copy(bundle, work.resolve("signed"));
        for (String item : new String[] {"P3.07", "P4.PRE.04"}) {
            Outcome signOff = run(GoLive.commandLine(), "evidence", "sign-off", signed.toString(), "--item", item,
                    "--by", "Dana Ops", "--ref", "TICKET-" + item);
            assertThat(signOff.code()).as("sign-off %s: %s", item, signOff.err()).isZero();
        }
        Path page = work.resolve("page.html");
        Outcome outcome = goNoGo("--preflight", failedPreflight.toString(), "--production", signed.toString(),
                "-o", page.toString());

        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.out()).doesNotContain("7. Test transaction");
        String html = Files.readString(page);
        assertThat(html).containsPattern("data-item=\"P4.PRE.04\"><td>&#9745;</td>.*signed off by Dana Ops at \\S+"
                + " \\(ref TICKET-P4.PRE.04\\)").contains("The Phase 3 bundle verifies: VERIFIED");
    }

    @Test
    void editedInputsAreNoGoBecauseTheyDoNotVerify() throws Exception {
        Path preflight = copy(failedPreflight, work.resolve("preflight"));
        Path json = preflight.resolve("preflight.json");
        Files.writeString(json, Files.readString(json).replace("\"FAIL\"", "\"PASS\""));
        Path edited = copy(bundle, work.resolve("edited"));
        Path table = edited.resolve("production-verification.json");
        Files.writeString(table, Files.readString(table).replace("\"MANUAL\"", "\"PASS\""));

        Path page = work.resolve("page.html");
        Outcome outcome = goNoGo("--preflight", json.toString(), "--production", edited.toString(), "-o",
                page.toString());

        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.out()).startsWith("NO-GO: ").contains("evidence does not verify");
        assertThat(Files.readString(page)).contains("preflight results do not verify")
                .contains("changed after it was saved").contains("NO-GO: evidence does not verify: CORRUPT");
    }

    @Test
    void badInputExits2WithOneLineAndTheFix() throws Exception {
        Path runOnly = Files.createDirectories(work.resolve("run"));
        Files.writeString(runOnly.resolve("manifest.json"), "{}");
        Files.writeString(work.resolve("junk.json"), "not json");

        assertBadInput(new String[] {"--preflight", work.resolve("nowhere").toString(), "--production",
                bundle.toString()}, "--preflight " + work.resolve("nowhere") + ": no such file or folder; give");
        assertBadInput(new String[] {"--preflight", work.resolve("junk.json").toString(), "--production",
                bundle.toString()}, "is not preflight results (not valid JSON)");
        assertBadInput(new String[] {"--preflight", failedPreflight.toString(), "--production", runOnly.toString()},
                "is not a production verification (no production-verification.json");
        assertBadInput(new String[] {"--preflight", failedPreflight.toString(), "--production",
                work.resolve("none").toString()}, "--production " + work.resolve("none") + ": no such folder");
        assertBadInput(new String[] {"--preflight", failedPreflight.toString()}, "Missing required option");
    }

    /** The {@code <section id="id">} of the page, up to its end. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private void assertBadInput(String[] args, String message) {
        Outcome outcome = goNoGo(args);
        assertThat(outcome.code()).as("exit code of %s; stderr %s", String.join(" ", args), outcome.err())
                .isEqualTo(2);
        assertThat(outcome.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(outcome.out()).isEmpty();
    }

    private Outcome goNoGo(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "go-no-go";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(GoLive.commandLine(), all);
    }

    private record Outcome(int code, String out, String err) { }

    private static Outcome run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ErrorHandler errors = new ErrorHandler();
        int code = cli.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
