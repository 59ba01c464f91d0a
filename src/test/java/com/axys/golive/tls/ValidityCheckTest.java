package com.axys.golive.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class ValidityCheckTest {

    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2026-01-31T00:00:00Z");
    private static X509Certificate certificate;

    @BeforeAll
    static void issue() throws Exception {
        KeyPair keys = TestCertificates.ecKeys();
        certificate = TestCertificates.selfSigned(keys, "O=Example Tenant Ltd,CN=pay.example.test", NOT_BEFORE,
                NOT_AFTER);
    }

    @Test
    void reportsDaysLeftOfAValidCertificate() {
        ValidityCheck.Result result = at("2026-01-20T12:00:00Z");

        assertThat(result.problem()).isEmpty();
        assertThat(result.daysLeft()).isEqualTo(10);
        assertThat(result.message())
                .isEqualTo("client certificate CN=pay.example.test is valid until 2026-01-31T00:00:00Z (10 days left)");
        assertThat(result.orThrow()).isSameAs(result);
    }

    @Test
    void reportsAnExpiredCertificateWithTheDaysSince() {
        ValidityCheck.Result result = at("2026-03-02T06:00:00Z");

        assertThat(result.problem()).contains(CredentialProblem.EXPIRED);
        assertThat(result.daysLeft()).isEqualTo(-31);
        assertThat(result.message()).isEqualTo("client certificate CN=pay.example.test expired on "
                + "2026-01-31T00:00:00Z (30 days ago); Axys refuses it at the TLS handshake; renew it via a CSR in "
                + "Account Management");
    }

    @Test
    void countsAnHourPastExpiryAsExpiredWithNegativeDaysLeft() {
        ValidityCheck.Result result = at("2026-01-31T01:00:00Z");

        assertThat(result.problem()).contains(CredentialProblem.EXPIRED);
        assertThat(result.daysLeft()).isEqualTo(-1);
        assertThat(result.message()).contains("(less than a day ago)");
    }

    @Test
    void reportsANotYetValidCertificate() {
        ValidityCheck.Result result = at("2025-12-31T00:00:00Z");

        assertThat(result.problem()).contains(CredentialProblem.NOT_YET_VALID);
        assertThat(result.message()).isEqualTo("client certificate CN=pay.example.test is not valid before "
                + "2026-01-01T00:00:00Z (in 1 day); Axys refuses it at the TLS handshake; check this machine's "
                + "clock, or wait until then");
    }

    @Test
    void throwsTheProblemOnRequestAsAConnectivityFailure() {
        assertThatThrownBy(() -> at("2026-02-01T00:00:00Z").orThrow())
                .isInstanceOfSatisfying(CredentialException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CredentialProblem.EXPIRED);
                    assertThat(e.category()).isEqualTo(com.axys.golive.HarnessException.Category.CONNECTIVITY);
                });
    }

    @Test
    void acceptsBothEndsOfTheWindow() {
        assertThat(at(NOT_BEFORE.toString()).problem()).isEmpty();
        assertThat(at(NOT_AFTER.toString()).problem()).isEmpty();
        assertThat(at(NOT_AFTER.minus(Duration.ofHours(1)).toString()).daysLeft()).isZero();
    }

    private static ValidityCheck.Result at(String instant) {
        return new ValidityCheck(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).check(certificate);
    }
}
