package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FCrDNS against a DNS server in memory (real dnsjava messages), never the network. */
final class FcrdnsCheckTest {

    private static final String IP = "203.0.113.7";
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    static ClientMaterial material;

    @BeforeAll
    static void issue() throws Exception {
        material = Materials.of(TestCertificates.client().sans("pay.example.com", "api.example.com").issue());
    }

    @Test
    void passesWhenThePtrOfTheCallingIpIsACertificateDomainResolvingBackToIt() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", IP)
                .ptr(IP, "pay.example.com");

        CheckResult result = check(dns, IP);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.detail()).isEqualTo("PTR and A records agree for every calling IP: " + IP
                + " <-> pay.example.com");
        assertThat(result.commands()).containsExactly("dig +short pay.example.com", "dig +short api.example.com",
                "dig +short -x " + IP);
        assertThat(result.notes()).contains("A    pay.example.com -> " + IP, "PTR  " + IP + " -> pay.example.com");
    }

    @Test
    void failsWhenTheCallingIpHasNoPtr() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", IP);

        CheckResult result = check(dns, IP);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("no PTR for " + IP + ": NXDOMAIN (no such name)");
        assertThat(result.fix()).isEqualTo("ask your cloud provider to set the PTR of " + IP
                + " to pay.example.com (a support ticket for EIPs)");
    }

    @Test
    void failsWhenThePtrNamesAHostOutsideTheCertificate() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", IP)
                .ptr(IP, "ec2-203-0-113-7.compute.amazonaws.com");

        CheckResult result = check(dns, IP);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("PTR of " + IP + " is ec2-203-0-113-7.compute.amazonaws.com, not a"
                + " domain in the certificate");
        assertThat(result.fix()).isEqualTo("ask your cloud provider to set the PTR of " + IP
                + " to pay.example.com (a support ticket for EIPs)");
    }

    @Test
    void failsWhenTheDomainOfThePtrDoesNotResolveToTheCallingIp() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", "198.51.100.9").a("api.example.com", IP)
                .ptr(IP, "pay.example.com");

        CheckResult result = check(dns, IP);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("PTR of " + IP + " is pay.example.com, but pay.example.com resolves"
                + " to 198.51.100.9, not " + IP);
        assertThat(result.fix()).startsWith("add " + IP + " to the A records of pay.example.com");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("also: pay.example.com resolves to 198.51.100.9, not to a calling IP"));
    }

    @Test
    void failsWhenNoCertificateDomainExists() {
        CheckResult result = check(new InMemoryDns());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("no CN/SAN domain has an A record (pay.example.com: NXDOMAIN (no such"
                + " name); api.example.com: NXDOMAIN (no such name))");
        assertThat(result.fix()).contains("create an A record for pay.example.com");
    }

    @Test
    void warnsWhenAnotherCertificateDomainResolvesElsewhere() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", "198.51.100.9")
                .ptr(IP, "pay.example.com");

        CheckResult result = check(dns, IP);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.detail()).isEqualTo("api.example.com resolves to 198.51.100.9, not to a calling IP (" + IP
                + ")");
    }

    @Test
    void withoutCallingIpChecksOnlyThatTheARecordsAndPtrAgreeAndWarns() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", IP)
                .ptr(IP, "pay.example.com");

        CheckResult result = check(dns);

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.detail()).contains("the calling IP is unknown");
        assertThat(result.fix()).contains("--calling-ip");
        assertThat(dns.questions()).contains("PTR 7.113.0.203.in-addr.arpa.");
    }

    @Test
    void aPtrThatTimesOutIsNotVerifiedAndEndsPromptly() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", IP).silentFor(IP);

        long start = System.nanoTime();
        CheckResult result = check(dns, IP);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(result.status()).isEqualTo(CheckStatus.SKIP);
        assertThat(result.detail()).isEqualTo("not verified, PTR of " + IP + ": no answer within 0.3 s; run the dig"
                + " commands below from a host with DNS");
    }

    @Test
    void aClosedNetworkSkipsAfterOneTimeoutNotOnePerName() {
        InMemoryDns dns = new InMemoryDns().silentFor("pay.example.com").silentFor("api.example.com");

        long start = System.nanoTime();
        CheckResult result = check(dns);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
        assertThat(result.status()).isEqualTo(CheckStatus.SKIP);
        assertThat(result.detail()).startsWith("not verified, DNS gave no answer (pay.example.com: no answer within");
    }

    @Test
    void aServerFailureIsNotVerified() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", IP).failingFor(IP);

        CheckResult result = check(dns, IP);

        assertThat(result.status()).isEqualTo(CheckStatus.SKIP);
        assertThat(result.detail()).contains("PTR of " + IP + ": DNS answered SERVFAIL");
    }

    @Test
    void aBreakWinsOverAnAnswerThatNeverCame() {
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).a("api.example.com", IP)
                .ptr(IP, "elsewhere.example.net").silentFor("198.51.100.9");

        CheckResult result = check(dns, IP, "198.51.100.9");

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).contains("elsewhere.example.net");
    }

    @Test
    void wildcardNamesAreNotLookedUp() throws Exception {
        ClientMaterial wildcard = Materials.of(TestCertificates.client().sans("pay.example.com", "*.example.com")
                .issue());
        InMemoryDns dns = new InMemoryDns().a("pay.example.com", IP).ptr(IP, "pay.example.com");

        CheckResult result = new FcrdnsCheck(wildcard, List.of(IP), () -> new DnsLookups(dns, TIMEOUT))
                .run(List.of());

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(dns.questions()).noneMatch(q -> q.contains("*"));
    }

    private static CheckResult check(InMemoryDns dns, String... callingIps) {
        return new FcrdnsCheck(material, List.of(callingIps), () -> new DnsLookups(dns, TIMEOUT)).run(List.of());
    }
}
