package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.HarnessException;
import com.axys.golive.config.Credentials;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.config.Target;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.secrets.SecretRef;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.simulator.SimulatorControl;
import com.axys.golive.tls.ThrowawayPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auth test against the real embedded simulator over mTLS. */
final class AuthTestCheckTest {

    @TempDir
    static Path dir;
    static HarnessSession session;
    static SimulatorControl control;

    @BeforeAll
    static void open() {
        session = HarnessSession.open(HarnessConfig.simulatorDefaults(dir.resolve("evidence")), Clock.systemUTC());
        control = session.simulator().orElseThrow().server().control();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void passesOnTheListEnvelope() {
        CheckResult result = check(() -> session.client().cardholders().list(Map.of()), List.of());

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.detail()).startsWith("GET /cardholders answered 200 with the list envelope (total ");
    }

    @Test
    void aRefusedApiKeyIsA401AboutTheKey() {
        CheckResult result = check(() -> session.client().withApiKey("not-the-program-key").cardholders()
                .list(Map.of()), List.of());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).startsWith("GET /cardholders answered 401").endsWith("the X-API-Key was refused")
                .doesNotContain("not-the-program-key");
        assertThat(result.fix()).contains("Program-level API key");
    }

    @Test
    void noAuthorisedIpsAfterFcrdnsPassedPointsAtTheAllowlist() {
        control.failNext("listCardholders", 1, 403);

        CheckResult result = check(() -> session.client().cardholders().list(Map.of()), List.of(fcrdns(
                CheckStatus.PASS)));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).contains("\"No Authorised IPs configured\"")
                .contains("(a) the calling IP is not on the allowlist, or (b) FCrDNS failed");
        assertThat(result.fix()).startsWith("FCrDNS passed above, so the likely cause is (a)");
        assertThat(result.notes()).hasSize(2);
    }

    @Test
    void noAuthorisedIpsAfterFcrdnsFailedPointsAtFcrdnsFirst() {
        control.failNext("listCardholders", 1, 403);

        CheckResult result = check(() -> session.client().cardholders().list(Map.of()), List.of(fcrdns(
                CheckStatus.FAIL)));

        assertThat(result.fix()).startsWith("FCrDNS failed above: fix it first");
    }

    @Test
    void noAuthorisedIpsWithoutAnFcrdnsVerdictAsksToCheckBoth() {
        control.failNext("listCardholders", 1, 403);

        CheckResult result = check(() -> session.client().cardholders().list(Map.of()), List.of(fcrdns(
                CheckStatus.SKIP)));

        assertThat(result.fix()).startsWith("check both");
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefusedAtTheHandshake() throws Exception {
        Instant now = Instant.now();
        ThrowawayPki stranger = ThrowawayPki.generateOther(dir.resolve("other-ca"), Clock.systemUTC(), "Other CA");
        var identity = stranger.issueClient("stranger", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(9)));
        Path simulatorCa = Files.writeString(dir.resolve("simulator-ca.pem"),
                TestCertificates.pem(session.simulator().orElseThrow().pki().caCert()));
        Target target = Target.parse(session.target().baseUrl().toString());
        HarnessConfig config = new HarnessConfig(target, new Credentials(ref(identity.certPem()),
                ref(identity.keyPem()), null, null, null, SecretRef.parse("env:KEY"), ref(simulatorCa)),
                HarnessConfig.simulatorDefaults(dir).features(), dir.resolve("evidence-stranger"), "",
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMinutes(1), 100);
        try (HarnessSession refused = HarnessSession.open(config, Clock.systemUTC(),
                SecretResolver.withEnvironment(Map.of("KEY", "some-api-key")))) {
            CheckResult result = new AuthTestCheck(target.toString(),
                    () -> refused.client().cardholders().list(Map.of())).run(List.of());

            assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(result.detail()).startsWith("TLS handshake refused by " + target);
            assertThat(result.fix()).contains("check --cert and --key are the Program's pair");
        }
    }

    @Test
    void isNotAttemptedWhenTheCertificateChecksFailed() {
        CheckResult expired = new CheckResult("validity", List.of("P2.CERT.03"), CheckStatus.FAIL,
                "client certificate CN=x expired on 2026-01-01T00:00:00Z", "renew it", List.of(), List.of());

        CheckResult result = check(() -> {
            throw new AssertionError("the call must not be made");
        }, List.of(expired));

        assertThat(result.status()).isEqualTo(CheckStatus.SKIP);
        assertThat(result.detail()).contains("'validity' failed above");
    }

    @Test
    void aHarnessErrorOpeningTheCallIsAFailureWithItsFix() {
        CheckResult result = check(() -> {
            throw new HarnessException(HarnessException.Category.USAGE, "secret 'env:AXYS_API_KEY' is not set;"
                    + " export it");
        }, List.of());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("secret 'env:AXYS_API_KEY' is not set");
        assertThat(result.fix()).isEqualTo("export it");
    }

    private static CheckResult fcrdns(CheckStatus status) {
        return new CheckResult(FcrdnsCheck.NAME, FcrdnsCheck.IDS, status, "as set by the test",
                status == CheckStatus.FAIL ? "fix DNS" : "", List.of(), List.of());
    }

    private static SecretRef ref(Path file) {
        return SecretRef.parse("file:" + file);
    }

    private static CheckResult check(AuthenticatedCall call, List<CheckResult> earlier) {
        return new AuthTestCheck(session.target().toString(), call).run(earlier);
    }
}
