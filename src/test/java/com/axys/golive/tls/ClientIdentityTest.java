package com.axys.golive.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ClientIdentityTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void refusesAnEmptyChain() throws Exception {
        KeyPair keys = TestCertificates.ecKeys();

        assertThatThrownBy(() -> new ClientIdentity(List.of(), keys.getPrivate(), "file:/c + file:/k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("client identity from 'file:/c + file:/k' has no certificate; a chain starts with the "
                        + "client certificate");
    }

    @Test
    void keepsItsOwnCopyOfTheChain() throws Exception {
        KeyPair keys = TestCertificates.ecKeys();
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate(keys)));
        ClientIdentity identity = new ClientIdentity(chain, keys.getPrivate(), "file:/c + file:/k");

        chain.clear();

        assertThat(identity.chain()).hasSize(1);
        assertThat(identity.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=ec.example.test");
    }

    @Test
    void printsSourceAndSubjectButNeverTheKey() throws Exception {
        KeyPair keys = TestCertificates.ecKeys();
        ClientIdentity identity = new ClientIdentity(List.of(certificate(keys)), keys.getPrivate(), "file:/c.p12");

        assertThat(identity).hasToString("ClientIdentity[file:/c.p12, CN=ec.example.test]");
        assertThat(identity.toString())
                .doesNotContain(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    }

    private static X509Certificate certificate(KeyPair keys) throws Exception {
        return TestCertificates.selfSigned(keys, "CN=ec.example.test", NOW, NOW.plus(Duration.ofDays(1)));
    }
}
