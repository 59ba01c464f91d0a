package com.axys.golive.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;

final class PemBlocksTest {

    private static final String UNKNOWN =
            "-----BEGIN SSH2 PUBLIC KEY-----\nAAAA\n-----END SSH2 PUBLIC KEY-----\n";

    @Test
    void listsABlockBouncyCastleDoesNotKnowWithoutFailing() throws Exception {
        List<PemBlocks.Block> blocks = PemBlocks.read(UNKNOWN.getBytes(StandardCharsets.US_ASCII));

        assertThat(blocks).singleElement().satisfies(block -> {
            assertThat(block.label()).isEqualTo("SSH2 PUBLIC KEY");
            assertThat(block.parsed()).isEmpty();
        });
        assertThat(PemBlocks.labels(blocks)).isEqualTo("SSH2 PUBLIC KEY");
    }

    @Test
    void skipsTextAroundBlocks() throws Exception {
        Instant now = Instant.now();
        StringWriter certificate = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(certificate)) {
            writer.writeObject(TestCertificates.selfSigned(TestCertificates.ecKeys(), "CN=ec.example.test", now,
                    now.plusSeconds(60)));
        }
        String pem = "Bag Attributes\n    friendlyName: client\n" + certificate + UNKNOWN;

        List<PemBlocks.Block> blocks = PemBlocks.read(pem.getBytes(StandardCharsets.US_ASCII));

        assertThat(blocks).extracting(PemBlocks.Block::label).containsExactly("CERTIFICATE", "SSH2 PUBLIC KEY");
        assertThat(blocks.get(0).parsed()).containsInstanceOf(X509CertificateHolder.class);
    }

    @Test
    void findsNoBlockInBinaryContent() throws Exception {
        assertThat(PemBlocks.read(new byte[] {0x30, (byte) 0x82, 0x01, 0x0a, 0, 1, 2})).isEmpty();
        assertThat(PemBlocks.labels(List.of())).isEqualTo("no PEM block");
    }

    @Test
    void failsOnADamagedBlock() {
        String damaged = "-----BEGIN CERTIFICATE-----\nMIIB!!!not base64\n-----END CERTIFICATE-----\n";

        assertThatThrownBy(() -> PemBlocks.read(damaged.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
    }
}
