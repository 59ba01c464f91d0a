package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SignerPolicyTest {

    private static final String HEX = "3A1F00112233445566778899AABBCCDDEEFF00112233445566778899AABBCC9C";

    @Test
    void aPinnedSignerImpliesARequiredSignature() {
        assertThat(SignerPolicy.of(false, List.of(HEX)).required()).isTrue();
        assertThat(SignerPolicy.of(false, List.of()).required()).isFalse();
        assertThat(SignerPolicy.of(true, List.of()).required()).isTrue();
    }

    @Test
    void fingerprintsAreReadWithOrWithoutColonsCaseAndOpensslsPrefix() {
        String colons = HEX.replaceAll("(..)(?!$)", "$1:");
        assertThat(List.of(HEX, HEX.toLowerCase(java.util.Locale.ROOT), colons, "sha256:" + colons,
                "SHA256 Fingerprint=" + colons, "  " + HEX + "\n"))
                .allSatisfy(f -> assertThat(SignerPolicy.normalize(f)).isEqualTo(HEX));
    }

    @Test
    void aValueThatIsNoFingerprintIsOneUsageLineNamingTheFix() {
        for (String bad : List.of("", "3A:1F", HEX + "00", HEX.replace('A', 'G'), "/no/such/signer.pem")) {
            assertThatThrownBy(() -> SignerPolicy.of(false, List.of(bad))).isInstanceOf(HarnessException.class)
                    .hasMessageContaining("is not a SHA-256 certificate fingerprint")
                    .hasMessageContaining("openssl x509")
                    .satisfies(e -> assertThat(((HarnessException) e).category())
                            .isEqualTo(HarnessException.Category.USAGE));
        }
    }
}
