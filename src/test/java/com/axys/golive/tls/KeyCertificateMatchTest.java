package com.axys.golive.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KeyCertificateMatchTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    static Path dir;
    private static ThrowawayPki pki;

    @BeforeAll
    static void generatePki() {
        pki = ThrowawayPki.generate(dir, Clock.systemUTC());
    }

    @Test
    void matchesAnRsaKeyWithItsCertificate() {
        KeyCertificateMatch.Result result =
                KeyCertificateMatch.check("file:/k", pki.client().privateKey(), pki.client().certificate());

        assertThat(result.matches()).isTrue();
        assertThat(result.problem()).isEmpty();
        assertThat(result.message()).isEqualTo("client key 'file:/k' matches certificate CN=pay.example.test");
        assertThat(result.orThrow()).isSameAs(result);
    }

    @Test
    void reportsAnRsaKeyOfAnotherCertificateWithoutThrowing() {
        KeyCertificateMatch.Result result =
                KeyCertificateMatch.check("file:/k", pki.client().privateKey(), pki.caCert());

        assertThat(result.matches()).isFalse();
        assertThat(result.problem()).contains(CredentialProblem.KEY_MISMATCH);
        assertThat(result.message()).isEqualTo("client key 'file:/k' does not match certificate "
                + "CN=Throwaway Axys Simulator CA (public keys differ); check --cert and --key point at the same pair");
    }

    @Test
    void throwsTheMismatchOnRequest() {
        KeyCertificateMatch.Result result =
                KeyCertificateMatch.check("file:/k", pki.client().privateKey(), pki.caCert());

        assertThatThrownBy(result::orThrow)
                .isInstanceOfSatisfying(CredentialException.class,
                        e -> assertThat(e.problem()).isEqualTo(CredentialProblem.KEY_MISMATCH))
                .hasMessage(result.message());
    }

    @Test
    void comparesEcKeysByTheirPublicPoint() throws Exception {
        KeyPair keys = TestCertificates.ecKeys();
        KeyPair other = TestCertificates.ecKeys();
        X509Certificate cert = certificate(keys);

        assertThat(KeyCertificateMatch.check("file:/ec", keys.getPrivate(), cert).matches()).isTrue();
        assertThat(KeyCertificateMatch.check("file:/ec", other.getPrivate(), cert).matches()).isFalse();
    }

    @Test
    void comparesEd25519KeysByASignature() throws Exception {
        KeyPair keys = TestCertificates.ed25519Keys();
        X509Certificate cert = certificate(keys);

        assertThat(KeyCertificateMatch.check("file:/ed", keys.getPrivate(), cert).matches()).isTrue();
        assertThat(KeyCertificateMatch.check("file:/ed", TestCertificates.ed25519Keys().getPrivate(), cert)
                .matches()).isFalse();
    }

    @Test
    void neverMatchesKeysOfDifferentAlgorithms() throws Exception {
        X509Certificate ecCert = certificate(TestCertificates.ecKeys());

        assertThat(KeyCertificateMatch.check("file:/k", pki.client().privateKey(), ecCert).matches()).isFalse();
        assertThat(KeyCertificateMatch.check("file:/ec", TestCertificates.ecKeys().getPrivate(),
                pki.client().certificate()).matches()).isFalse();
    }

    private static X509Certificate certificate(KeyPair keys) throws Exception {
        return TestCertificates.selfSigned(keys, "CN=ec.example.test", NOW, NOW.plus(Duration.ofDays(1)));
    }
}
