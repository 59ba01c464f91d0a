package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CertificateValidityCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void passesWithDaysLeftAndRemindsToRegisterTheExpiry() throws Exception {
        CheckResult result = check(NOW.minus(Duration.ofDays(1)), Instant.parse("2026-05-29T12:00:00Z"), 30);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.detail()).contains("89 days left");
        assertThat(result.notes()).singleElement().asString()
                .contains("note the expiry 2026-05-29 in your certificate register")
                .contains("reminders come at 30/15/5 days");
        assertThat(result.commands()).containsExactly("openssl x509 -noout -dates -in /etc/axys/program.crt");
    }

    @Test
    void warnsUnderTheWarnDays() throws Exception {
        CheckResult result = check(NOW.minus(Duration.ofDays(80)), NOW.plus(Duration.ofDays(10)), 30);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.detail()).contains("10 days left, under --warn-days 30");
        assertThat(result.fix()).contains("rotate now");
    }

    @Test
    void noWarningWhenTheWarnDaysAreZero() throws Exception {
        assertThat(check(NOW.minus(Duration.ofDays(80)), NOW.plus(Duration.ofDays(10)), 0).status())
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void failsAnExpiredCertificateNamingTheDate() throws Exception {
        CheckResult result = check(NOW.minus(Duration.ofDays(100)), Instant.parse("2026-02-19T08:30:00Z"), 30);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).contains("expired on 2026-02-19T08:30:00Z");
        assertThat(result.fix()).contains("Axys refuses it at the TLS handshake").contains("renew");
    }

    @Test
    void failsACertificateNotYetValid() throws Exception {
        CheckResult result = check(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(92)), 30);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).contains("is not valid before " + NOW.plus(Duration.ofDays(2)));
        assertThat(result.fix()).contains("check this machine's clock");
    }

    private static CheckResult check(Instant from, Instant to, int warnDays) throws Exception {
        ClientMaterial material = Materials.of(TestCertificates.client().validity(from, to).issue());
        return new CertificateValidityCheck(material, CLOCK, warnDays).run(List.of());
    }
}
