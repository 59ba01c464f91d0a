package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class KeyTypeCheckTest {

    @Test
    void passesRsa2048AsAxysIssues() throws Exception {
        CheckResult result = check(TestCertificates.client().rsa(2048));

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.detail()).isEqualTo("RSA 2048 bits, as Axys issues");
    }

    @Test
    void failsRsaUnder2048() throws Exception {
        CheckResult result = check(TestCertificates.client().rsa(1024));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).contains("RSA 1024 bits is too weak");
        assertThat(result.fix()).contains("openssl req -new -newkey rsa:2048");
    }

    @Test
    void warnsALargerRsaKey() throws Exception {
        CheckResult result = check(TestCertificates.client().rsa(3072));

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.detail()).contains("RSA 3072 bits");
    }

    @Test
    void warnsAnEcKey() throws Exception {
        CheckResult result = check(TestCertificates.client().ecP256());

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.detail()).startsWith("EC 256 bits: Axys issues RSA-2048");
        assertThat(result.fix()).contains("confirm with Axys");
    }

    private static CheckResult check(TestCertificates certificate) throws Exception {
        return new KeyTypeCheck(Materials.of(certificate.issue())).run(List.of());
    }
}
