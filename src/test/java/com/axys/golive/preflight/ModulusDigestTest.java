package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.ThrowawayPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ModulusDigestTest {

    @TempDir
    Path dir;

    @Test
    void equalsWhatOpensslX509ModulusPipedToMd5sumPrints() throws Exception {
        ThrowawayPki pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        String openssl = Materials.md5sumOf(Materials.shell("/usr/bin/openssl x509 -noout -modulus -in '"
                + pki.client().certPem() + "' | md5sum", dir));

        assertThat(ModulusDigest.of(pki.client().certificate().getPublicKey())).contains(openssl);
    }

    @Test
    void equalsWhatOpensslRsaModulusPrintsForTheMatchingKey() throws Exception {
        TestCertificates.Issued issued = TestCertificates.client().rsa(1024).issue();
        Path key = dir.resolve("k.pem");
        Files.writeString(key, TestCertificates.pem(issued.keys().getPrivate()));
        String openssl = Materials.md5sumOf(Materials.shell("/usr/bin/openssl rsa -noout -modulus -in k.pem"
                + " | md5sum", dir));

        assertThat(ModulusDigest.of(issued.certificate().getPublicKey())).contains(openssl);
    }

    @Test
    void aKeyWithoutModulusHasNone() throws Exception {
        assertThat(ModulusDigest.of(TestCertificates.client().ecP256().issue().certificate().getPublicKey()))
                .isEmpty();
    }
}
