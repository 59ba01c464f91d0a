package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SubjectRulesCheckTest {

    @Test
    void passesOOuAndCnWithExplicitNames() throws Exception {
        CheckResult result = check(TestCertificates.client().sans("pay.example.com", "api.example.com"));

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.detail()).isEqualTo("O, OU and CN present; CN pay.example.com, 2 SANs, no wildcard");
    }

    @Test
    void failsAWildcardInTheCommonName() throws Exception {
        CheckResult result = check(TestCertificates.client()
                .subject("CN=*.example.com,OU=Example Program,O=Example Tenant Ltd").sans("pay.example.com"));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("wildcard in CN *.example.com");
        assertThat(result.fix()).startsWith("Axys refuses wildcards; list every domain explicitly");
    }

    @Test
    void failsAWildcardInASubjectAltName() throws Exception {
        CheckResult result = check(TestCertificates.client().sans("pay.example.com", "*.api.example.com"));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("wildcard in SAN DNS:*.api.example.com");
    }

    @Test
    void failsASubjectWithoutOrganisationalUnit() throws Exception {
        CheckResult result = check(TestCertificates.client().subject("CN=pay.example.com,O=Example Tenant Ltd"));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("the subject has no OU (the Program's trading name)");
        assertThat(result.fix()).contains("/O=<tenant>/OU=<program>/CN=<calling domain>");
    }

    @Test
    void failsACommonNameThatIsNotADomain() throws Exception {
        CheckResult result = check(TestCertificates.client()
                .subject("CN=Example Program,OU=Example Program,O=Example Tenant Ltd"));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("CN 'Example Program' is not a domain name");
    }

    private static CheckResult check(TestCertificates certificate) throws Exception {
        return new SubjectRulesCheck(Materials.of(certificate.issue())).run(List.of());
    }
}
