package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.Credentials;
import com.axys.golive.secrets.SecretRef;
import com.axys.golive.secrets.SecretResolver;
import com.axys.golive.tls.ThrowawayPki;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading for preflight reports every problem instead of throwing, and loads a pair the tls loader would refuse. */
final class ClientMaterialTest {

    @TempDir
    static Path dir;
    static ThrowawayPki pki;
    static ThrowawayPki.IssuedIdentity expired;
    static String storePassword;

    @BeforeAll
    static void issue() {
        pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        Instant now = Instant.now();
        expired = pki.issueClient("expired", now.minus(Duration.ofDays(120)), now.minus(Duration.ofDays(30)));
        storePassword = new String(pki.storePassword());
    }

    @Test
    void loadsAMatchingPemPair() {
        ClientMaterial material = load(pem(pki.client().certPem(), pki.client().keyPem()), Map.of());

        assertThat(material.identity()).isPresent();
        assertThat(material.certificateRef()).isEqualTo("file:" + pki.client().certPem());
        assertThat(material.keyProblem()).isEmpty();
    }

    @Test
    void loadsAnExpiredPairSoValidityCanReportIt() {
        ClientMaterial material = load(pem(expired.certPem(), expired.keyPem()), Map.of());

        assertThat(material.identity()).isPresent();
        assertThat(material.leaf()).contains(expired.certificate());
    }

    @Test
    void keepsTheCertificateWhenTheKeyBelongsToAnother() {
        ClientMaterial material = load(pem(pki.client().certPem(), expired.keyPem()), Map.of());

        assertThat(material.identity()).isEmpty();
        assertThat(material.leaf()).contains(pki.client().certificate());
        assertThat(material.keyProblem()).get().asString().contains("does not match certificate CN=pay.example.test");
    }

    @Test
    void reportsAMissingCertificateFileByItsReference() {
        ClientMaterial material = load(pem(dir.resolve("nowhere.crt"), pki.client().keyPem()), Map.of());

        assertThat(material.leaf()).isEmpty();
        assertThat(material.certificateProblem()).get().asString().contains("nowhere.crt");
    }

    @Test
    void reportsACertificateFileThatIsNotPem() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not.pem"), "hello");

        ClientMaterial material = load(pem(notPem, pki.client().keyPem()), Map.of());

        assertThat(material.certificateProblem()).get().asString().contains("is not PEM");
    }

    @Test
    void reportsAWrongKeyPassphraseWithoutPrintingIt() throws Exception {
        Path encrypted = dir.resolve("encrypted.key.pem");
        writeEncryptedPkcs8(encrypted, pki.client().privateKey(), "right-horse-battery");
        Credentials refs = new Credentials(SecretRef.parse("file:" + pki.client().certPem()),
                SecretRef.parse("file:" + encrypted), SecretRef.parse("env:PASS"), null, null, null, null);

        ClientMaterial wrong = load(refs, Map.of("PASS", "wrong-staple-9"));
        ClientMaterial right = load(refs, Map.of("PASS", "right-horse-battery"));

        assertThat(wrong.keyProblem()).get().asString().contains("wrong passphrase").doesNotContain("wrong-staple-9");
        assertThat(right.identity()).isPresent();
    }

    @Test
    void loadsAPkcs12StoreWithItsPassword() {
        ClientMaterial material = load(p12(pki.client().pkcs12()), Map.of("P12_PASS", storePassword));

        assertThat(material.form()).isEqualTo(ClientMaterial.Form.PKCS12);
        assertThat(material.identity()).isPresent();
        assertThat(material.chain()).hasSize(2);
    }

    @Test
    void reportsAPkcs12StoreWithTheWrongPasswordWithoutPrintingIt() {
        ClientMaterial material = load(p12(pki.client().pkcs12()), Map.of("P12_PASS", "not-the-password-42"));

        assertThat(material.leaf()).isEmpty();
        assertThat(material.certificateProblem()).get().asString().contains("wrong passphrase")
                .doesNotContain("not-the-password-42");
    }

    /** Encrypted PKCS#8, AES-256-CBC under PBKDF2: what {@code openssl pkcs8 -topk8 -v2 aes-256-cbc} writes. */
    private static void writeEncryptedPkcs8(Path file, java.security.PrivateKey key, String passphrase)
            throws Exception {
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                .setProvider(new BouncyCastleProvider()).setPassword(passphrase.toCharArray()).build();
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(new JcaPKCS8Generator(key, encryptor).generate());
        }
        Files.writeString(file, text.toString());
    }

    private static Credentials pem(Path cert, Path key) {
        return new Credentials(SecretRef.parse("file:" + cert), SecretRef.parse("file:" + key), null, null, null,
                null, null);
    }

    private static Credentials p12(Path store) {
        return new Credentials(null, null, null, SecretRef.parse("file:" + store), SecretRef.parse("env:P12_PASS"),
                null, null);
    }

    private static ClientMaterial load(Credentials refs, Map<String, String> env) {
        return ClientMaterial.load(refs, SecretResolver.withEnvironment(env), Clock.systemUTC());
    }
}
