package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.ThrowawayPki;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ModulusDigestTest {

    /** An RSA-1024 modulus and what {@code openssl rsa -noout -modulus | md5sum} printed for it (OpenSSL 3.0). */
    private static final String KNOWN_MODULUS = "9A3175EA1F2F1A22207529AC39886F240A7C2B25743AC596947CFFCC83F7FF34"
            + "447457B9433AC4D6B283D20ECD77B3B0C1ED1A95568C5ADEC84A9CFD4324431C17822C90AD2E5123B2131359C02493B4"
            + "B250ED3F6FDE6B3146D4A6AB6C422D97CE6EB5CFF39ADE65F1CA1D05472955DBC191D73C7707AC4DA38FC74C19DF1CC3";
    private static final String KNOWN_MD5 = "52ec935ff36e65ac9fbbe6ec467c03ce";

    @TempDir
    Path dir;

    @Test
    void equalsWhatOpensslPrintedForAKnownModulus() throws Exception {
        var key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(new BigInteger(KNOWN_MODULUS, 16),
                BigInteger.valueOf(65537)));

        assertThat(ModulusDigest.of(key)).contains(KNOWN_MD5);
    }

    @Test
    void equalsTheDigestOfTheModulusLineOfTheCertificateFileAndOfItsKeyFile() throws Exception {
        ThrowawayPki pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());

        String digest = ModulusDigest.of(pki.client().certificate().getPublicKey()).orElseThrow();
        assertThat(digest).isEqualTo(ByHandTools.modulusMd5(pki.client().certPem()))
                .isEqualTo(ByHandTools.modulusMd5(pki.client().keyPem()));
    }

    @Test
    void equalsWhatTheOpensslCommandsPrintWhereOpensslIsInstalled() throws Exception {
        ByHandTools.assumeInstalled();
        ThrowawayPki pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        String certificate = Materials.md5sumOf(Materials.shell("openssl x509 -noout -modulus -in '"
                + pki.client().certPem() + "' | md5sum", dir));
        TestCertificates.Issued issued = TestCertificates.client().rsa(1024).issue();
        Files.writeString(dir.resolve("k.pem"), TestCertificates.pem(issued.keys().getPrivate()));
        String key = Materials.md5sumOf(Materials.shell("openssl rsa -noout -modulus -in k.pem | md5sum", dir));

        assertThat(ModulusDigest.of(pki.client().certificate().getPublicKey())).contains(certificate);
        assertThat(ModulusDigest.of(issued.certificate().getPublicKey())).contains(key);
    }

    @Test
    void aKeyWithoutModulusHasNone() throws Exception {
        assertThat(ModulusDigest.of(TestCertificates.client().ecP256().issue().certificate().getPublicKey()))
                .isEmpty();
    }
}
