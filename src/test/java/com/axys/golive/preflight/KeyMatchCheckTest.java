package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.Credentials;
import com.axys.golive.secrets.SecretRef;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.tls.ThrowawayPki;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KeyMatchCheckTest {

    @TempDir
    static Path dir;
    static ThrowawayPki pki;
    static ThrowawayPki.IssuedIdentity other;

    @BeforeAll
    static void issue() {
        pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        Instant now = Instant.now();
        other = pki.issueClient("other", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(9)));
    }

    @Test
    void passesForThePairAndPrintsTheModulusMd5BothOpensslCommandsPrint() throws Exception {
        CheckResult result = check(pki.client().certPem(), pki.client().keyPem());

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.detail()).contains("matches certificate CN=pay.example.test");
        assertThat(result.commands()).hasSize(2);
        String certificate = ByHandTools.modulusMd5(pki.client().certPem());
        assertThat(ByHandTools.modulusMd5(pki.client().keyPem())).isEqualTo(certificate);
        assertThat(result.notes()).singleElement().asString().contains("modulus MD5 " + certificate);
    }

    @Test
    void rejectsTheKeyOfAnotherCertificateAndSaysHowToCompare() throws Exception {
        CheckResult result = check(pki.client().certPem(), other.keyPem());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.detail()).contains("does not match certificate CN=pay.example.test");
        assertThat(result.fix()).contains("check --cert and --key point at the same pair");
        String certificate = ByHandTools.modulusMd5(pki.client().certPem());
        assertThat(ByHandTools.modulusMd5(other.keyPem())).isNotEqualTo(certificate);
        assertThat(result.notes()).singleElement().asString().contains(certificate);
    }

    @Test
    void theCommandsItPrintsShowTheSameWhereOpensslIsInstalled() throws Exception {
        ByHandTools.assumeInstalled();
        CheckResult pair = check(pki.client().certPem(), pki.client().keyPem());
        CheckResult mismatch = check(pki.client().certPem(), other.keyPem());

        String certificate = Materials.md5sumOf(Materials.shell(pair.commands().get(0), dir));
        assertThat(certificate).isEqualTo(ByHandTools.modulusMd5(pki.client().certPem()));
        assertThat(Materials.md5sumOf(Materials.shell(pair.commands().get(1), dir))).isEqualTo(certificate);
        assertThat(Materials.md5sumOf(Materials.shell(mismatch.commands().get(1), dir))).isNotEqualTo(certificate);
    }

    @Test
    void skipsWhenThereIsNoCertificate() {
        ClientMaterial none = ClientMaterial.certificateRefused(ClientMaterial.Form.PEM, "file:x", "file:y",
                "client certificate 'file:x' is not PEM; point --cert at the PEM file");

        assertThat(new KeyMatchCheck(none).run(List.of()).status()).isEqualTo(CheckStatus.SKIP);
    }

    private static CheckResult check(Path cert, Path key) {
        Credentials refs = new Credentials(SecretRef.parse("file:" + cert), SecretRef.parse("file:" + key), null,
                null, null, null, null);
        ClientMaterial material = ClientMaterial.load(refs, SecretResolver.withEnvironment(Map.of()),
                Clock.systemUTC());
        return new KeyMatchCheck(material).run(List.of());
    }
}
