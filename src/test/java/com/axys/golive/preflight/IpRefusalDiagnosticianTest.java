package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two-cause 403 told apart from DNS facts served by a DNS server in memory, never the network. */
final class IpRefusalDiagnosticianTest {

    private static final String IP = "203.0.113.7";
    private static X509Certificate certificate;

    @BeforeAll
    static void issue() throws Exception {
        certificate = Materials.of(TestCertificates.client().sans("pay.example.com").issue()).leaf().orElseThrow();
    }

    @Test
    void blamesTheAllowlistWhenFcrdnsPassesForEveryCallingIp() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).ptr(IP, "pay.example.com");

        IpRefusalDiagnosis diagnosis = diagnostician(dns, IP).diagnose();

        assertThat(diagnosis.cause()).isEqualTo("ip-not-allowlisted");
        assertThat(diagnosis.callingIps()).containsExactly(IP);
        assertThat(diagnosis.domains()).contains("pay.example.com");
        assertThat(diagnosis.addresses()).containsEntry("pay.example.com", IP);
        assertThat(diagnosis.pointers()).containsEntry(IP, "pay.example.com");
        assertThat(diagnosis.reason()).contains("allowlist " + IP);
    }

    @Test
    void blamesFcrdnsWhenThePtrNamesAHostOutsideTheCertificate() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).ptr(IP, "host-7.isp.example.net");

        IpRefusalDiagnosis diagnosis = diagnostician(dns, IP).diagnose();

        assertThat(diagnosis.cause()).isEqualTo("fcrdns-failed");
        assertThat(diagnosis.pointers()).containsEntry(IP, "host-7.isp.example.net");
        assertThat(diagnosis.reason()).contains("not a domain in the certificate");
    }

    @Test
    void isUndeterminedWhenDnsDoesNotAnswer() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).failingFor(IP);

        IpRefusalDiagnosis diagnosis = diagnostician(dns, IP).diagnose();

        assertThat(diagnosis.cause()).isEqualTo("undetermined");
        assertThat(diagnosis.reason()).contains("DNS did not answer").contains("SERVFAIL");
    }

    @Test
    void isUndeterminedAndSaysWhatIsMissingWithoutACallingIp() {
        InMemoryDns dns = new InMemoryDns();

        IpRefusalDiagnosis diagnosis = diagnostician(dns).diagnose();

        assertThat(diagnosis.cause()).isEqualTo("undetermined");
        assertThat(diagnosis.reason()).contains("no calling IP is known").contains("--calling-ip");
        assertThat(dns.questions()).isEmpty();
    }

    @Test
    void asksDnsOnceAndKeepsTheAnswerUntilForgotten() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).ptr(IP, "pay.example.com");
        IpRefusalDiagnostician diagnostician = diagnostician(dns, IP);

        diagnostician.diagnose();
        diagnostician.diagnose();
        int asked = dns.questions().size();
        diagnostician.forget();
        diagnostician.diagnose();

        assertThat(asked).isEqualTo(diagnostician.diagnose().domains().size() + 1);
        assertThat(dns.questions()).hasSize(2 * asked);
    }

    private static IpRefusalDiagnostician diagnostician(InMemoryDns dns, String... ips) {
        return new IpRefusalDiagnostician(certificate, List.of(ips), () -> dns, Duration.ofMillis(300));
    }
}
