package com.axys.golive.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CertificateSummaryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static ThrowawayPki pki;

    @BeforeAll
    static void generatePki() {
        pki = ThrowawayPki.generate(dir, CLOCK);
    }

    @Test
    void namesSubjectIssuerAndAltNames() {
        CertificateSummary summary = CertificateSummary.of(pki.client().certificate(), CLOCK);

        assertThat(summary.subject()).isEqualTo("CN=pay.example.test,OU=Example Program,O=Example Tenant Ltd");
        assertThat(summary.issuer()).isEqualTo("CN=Throwaway Axys Simulator CA,O=Axys Go-Live Harness (throwaway)");
        assertThat(summary.subjectAltNames()).containsExactly("DNS:pay.example.test", "IP:127.0.0.1");
    }

    @Test
    void fingerprintIsTheSha256OfTheDerInOpensslNotation() throws Exception {
        byte[] der = pki.client().certificate().getEncoded();
        StringBuilder expected = new StringBuilder();
        for (byte b : MessageDigest.getInstance("SHA-256").digest(der)) {
            expected.append(expected.length() == 0 ? "" : ":").append(String.format(Locale.ROOT, "%02X", b));
        }

        String fingerprint = CertificateSummary.of(pki.client().certificate(), CLOCK).sha256Fingerprint();

        assertThat(fingerprint).isEqualTo(expected.toString()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void givesValidityAndDaysLeftAtTheClocksNow() {
        CertificateSummary summary = CertificateSummary.of(pki.client().certificate(), CLOCK);

        assertThat(summary.notBefore()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(summary.notAfter()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(summary.daysLeft()).isEqualTo(90);
    }

    @Test
    void givesNegativeDaysLeftOnceExpired() {
        ThrowawayPki.IssuedIdentity expired = pki.issueClient("expired", NOW.minus(Duration.ofDays(100)),
                NOW.minus(Duration.ofDays(10)));

        assertThat(CertificateSummary.of(expired.certificate(), CLOCK).daysLeft()).isEqualTo(-10);
    }

    @Test
    void givesKeyAlgorithmAndSize() throws Exception {
        var ecCert = TestCertificates.selfSigned(TestCertificates.ecKeys(), "CN=ec.example.test", NOW,
                NOW.plus(Duration.ofDays(1)));

        assertThat(CertificateSummary.of(pki.client().certificate(), CLOCK))
                .extracting(CertificateSummary::keyAlgorithm, CertificateSummary::keyBits).containsExactly("RSA", 2048);
        assertThat(CertificateSummary.of(ecCert, CLOCK))
                .extracting(CertificateSummary::keyAlgorithm, CertificateSummary::keyBits).containsExactly("EC", 256);
    }
}
