package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.ThrowawayPki;
import com.axys.golive.tls.ClientIdentity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CertificateLoadCheckTest {

    @TempDir
    Path dir;

    @Test
    void showsSubjectIssuerSansAndTheFingerprintOpensslPrints() throws Exception {
        ThrowawayPki pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        ClientMaterial material = ClientMaterial.of(new ClientIdentity(List.of(pki.client().certificate(),
                pki.caCert()), pki.client().privateKey(), "test"), "file:" + pki.client().certPem(), "file:k");

        CheckResult result = new CertificateLoadCheck(material, Clock.systemUTC()).run(List.of());

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.detail()).isEqualTo("PEM chain of 2 certificates from file:" + pki.client().certPem());
        assertThat(result.notes()).containsExactly(
                "subject  CN=pay.example.test,OU=Example Program,O=Example Tenant Ltd",
                "issuer   CN=Throwaway Axys Simulator CA,O=Axys Go-Live Harness (throwaway)",
                "SANs     DNS:pay.example.test, IP:127.0.0.1",
                "SHA-256  " + ByHandTools.sha256Fingerprint(pki.client().certPem()));
    }

    @Test
    void theFingerprintIsWhatOpensslAndTheCommandItPrintsShowWhereOpensslIsInstalled() throws Exception {
        ByHandTools.assumeInstalled();
        ThrowawayPki pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        ClientMaterial material = ClientMaterial.of(new ClientIdentity(List.of(pki.client().certificate()),
                pki.client().privateKey(), "test"), "file:" + pki.client().certPem(), "file:k");
        CheckResult result = new CertificateLoadCheck(material, Clock.systemUTC()).run(List.of());

        String openssl = Materials.shell("openssl x509 -noout -fingerprint -sha256 -in '" + pki.client().certPem()
                + "'", dir).replaceFirst("(?i)^sha256 Fingerprint=", "");
        assertThat(openssl).isEqualTo(ByHandTools.sha256Fingerprint(pki.client().certPem()));
        assertThat(result.notes()).contains("SHA-256  " + openssl);
        assertThat(Materials.shell(result.commands().get(0), dir)).contains(openssl);
    }

    @Test
    void failsWithTheReadersMessageSplitIntoFindingAndFix() {
        ClientMaterial material = ClientMaterial.certificateRefused(ClientMaterial.Form.PEM, "file:x", "file:y",
                "client certificate 'file:x' is not PEM (no -----BEGIN line); give a PEM file of CERTIFICATE blocks");

        CheckResult result = new CertificateLoadCheck(material, Clock.systemUTC()).run(List.of());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).isEqualTo("client certificate 'file:x' is not PEM (no -----BEGIN line)");
        assertThat(result.fix()).isEqualTo("give a PEM file of CERTIFICATE blocks");
    }
}
