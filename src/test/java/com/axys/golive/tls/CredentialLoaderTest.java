package com.axys.golive.tls;

import static com.axys.golive.tls.KeyFiles.passphrase;
import static com.axys.golive.tls.KeyFiles.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.axys.golive.HarnessException.Category;
import com.axys.golive.secrets.Secret;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CredentialLoaderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    static Path dir;
    private static ThrowawayPki pki;
    private static KeyFiles files;

    private final CredentialLoader loader = new CredentialLoader(CLOCK);

    @BeforeAll
    static void generatePki() {
        pki = ThrowawayPki.generate(dir.resolve("pki"), CLOCK);
        files = new KeyFiles(dir);
    }

    @Test
    void loadsPkcs1Key() throws Exception {
        Path key = files.pkcs1("pkcs1.key", pki.client().privateKey());

        assertLoadsClient(loader.loadPem(secret(pki.client().certPem()), secret(key), Optional.empty()));
        assertThat(Files.readString(key)).contains("RSA PRIVATE KEY");
    }

    @Test
    void loadsPkcs8Key() throws Exception {
        Path key = files.pkcs8("pkcs8.key", pki.client().privateKey());

        assertLoadsClient(loader.loadPem(secret(pki.client().certPem()), secret(key), Optional.empty()));
    }

    @Test
    void loadsEncryptedPkcs8KeyWithItsPassphrase() throws Exception {
        Path key = files.encryptedPkcs8("enc8.key", pki.client().privateKey(), PASSPHRASE);

        assertLoadsClient(loader.loadPem(secret(pki.client().certPem()), secret(key),
                Optional.of(passphrase(PASSPHRASE))));
    }

    @Test
    void loadsLegacyOpenSslEncryptedKeyWithItsPassphrase() throws Exception {
        Path key = files.legacyEncrypted("legacy.key", pki.client().privateKey(), PASSPHRASE);

        assertLoadsClient(loader.loadPem(secret(pki.client().certPem()), secret(key),
                Optional.of(passphrase(PASSPHRASE))));
        assertThat(Files.readString(key)).contains("Proc-Type: 4,ENCRYPTED");
    }

    @Test
    void loadsEcKeysPlainAndEncrypted() throws Exception {
        KeyPair keys = TestCertificates.ecKeys();
        Path cert = files.certificates("ec.crt", TestCertificates.selfSigned(keys, "CN=ec.example.test",
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30))));
        Path sec1 = files.sec1("ec-sec1.key", keys);
        Path encrypted = files.encryptedPkcs8("ec-enc8.key", keys.getPrivate(), PASSPHRASE);

        BigInteger scalar = ((ECPrivateKey) keys.getPrivate()).getS();

        assertThat(loader.loadPem(secret(cert), secret(sec1), Optional.empty()).privateKey())
                .isInstanceOfSatisfying(ECPrivateKey.class, key -> assertThat(key.getS()).isEqualTo(scalar));
        assertThat(loader.loadPem(secret(cert), secret(encrypted), Optional.of(passphrase(PASSPHRASE))).privateKey())
                .isInstanceOfSatisfying(ECPrivateKey.class, key -> assertThat(key.getS()).isEqualTo(scalar));
        assertThat(Files.readString(sec1)).contains("EC PRIVATE KEY");
    }

    @Test
    void keepsTheChainLeafFirst() throws Exception {
        Path chain = files.certificates("chain.crt", pki.client().certificate(), pki.caCert());

        ClientIdentity identity = loader.loadPem(secret(chain), secret(pki.client().keyPem()), Optional.empty());

        assertThat(identity.chain()).containsExactly(pki.client().certificate(), pki.caCert());
    }

    @Test
    void loadsTheKeyEntryOfAPkcs12Store() {
        Secret password = Secret.of("env:AXYS_P12_PASSWORD", new String(pki.storePassword()));

        ClientIdentity identity = loader.loadPkcs12(secret(pki.client().pkcs12()), password);

        assertThat(identity.chain()).containsExactly(pki.client().certificate(), pki.caCert());
        assertThat(identity.privateKey()).isEqualTo(pki.client().privateKey());
        assertThat(identity.source()).isEqualTo("file:" + pki.client().pkcs12());
    }

    @Test
    void rejectsEncryptedKeyWithoutPassphrase() throws Exception {
        Path key = files.encryptedPkcs8("nopass.key", pki.client().privateKey(), PASSPHRASE);

        CredentialException e = failure(() ->
                loader.loadPem(secret(pki.client().certPem()), secret(key), Optional.empty()));

        assertThat(e.problem()).isEqualTo(CredentialProblem.PASSPHRASE_MISSING);
        assertThat(e.category()).isEqualTo(Category.USAGE);
        assertThat(e).hasMessage("client key 'file:" + key + "' is encrypted; give its passphrase with "
                + "--key-passphrase env:NAME");
    }

    @Test
    void rejectsWrongPassphraseOfEitherEncryption() throws Exception {
        Path pkcs8 = files.encryptedPkcs8("wrong8.key", pki.client().privateKey(), PASSPHRASE);
        Path legacy = files.legacyEncrypted("wrong-legacy.key", pki.client().privateKey(), PASSPHRASE);

        for (Path key : List.of(pkcs8, legacy)) {
            CredentialException e = failure(() -> loader.loadPem(secret(pki.client().certPem()), secret(key),
                    Optional.of(passphrase("not the passphrase"))));

            assertThat(e.problem()).isEqualTo(CredentialProblem.WRONG_PASSPHRASE);
            assertThat(e.category()).isEqualTo(Category.CONNECTIVITY);
            assertThat(e).hasMessage("client key 'file:" + key + "' could not be decrypted: wrong passphrase? "
                    + "check the secret given with --key-passphrase");
        }
    }

    @Test
    void rejectsWrongPkcs12Password() {
        CredentialException e = failure(() -> loader.loadPkcs12(secret(pki.client().pkcs12()),
                Secret.of("env:AXYS_P12_PASSWORD", "not the password")));

        assertThat(e.problem()).isEqualTo(CredentialProblem.WRONG_PASSPHRASE);
        assertThat(e).hasMessageStartingWith("client keystore 'file:" + pki.client().pkcs12()
                + "' could not be decrypted: wrong passphrase?");
    }

    @Test
    void rejectsKeyOfAnotherCertificate() {
        ThrowawayPki.IssuedIdentity other = pki.issueClient("other", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)));

        CredentialException e = failure(() ->
                loader.loadPem(secret(pki.client().certPem()), secret(other.keyPem()), Optional.empty()));

        assertThat(e.problem()).isEqualTo(CredentialProblem.KEY_MISMATCH);
        assertThat(e.category()).isEqualTo(Category.CONNECTIVITY);
        assertThat(e).hasMessage("client key 'file:" + other.keyPem() + "' does not match certificate "
                + "CN=pay.example.test (public keys differ); check --cert and --key point at the same pair");
    }

    @Test
    void rejectsExpiredCertificate() {
        ThrowawayPki.IssuedIdentity expired = pki.issueClient("expired", NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(29)));

        CredentialException e = failure(() ->
                loader.loadPem(secret(expired.certPem()), secret(expired.keyPem()), Optional.empty()));

        assertThat(e.problem()).isEqualTo(CredentialProblem.EXPIRED);
        assertThat(e.category()).isEqualTo(Category.CONNECTIVITY);
        assertThat(e).hasMessage("client certificate CN=pay.example.test expired on 2026-02-01T10:00:00Z "
                + "(29 days ago); Axys refuses it at the TLS handshake; renew it via a CSR in Account Management");
    }

    @Test
    void rejectsNotYetValidCertificate() {
        ThrowawayPki.IssuedIdentity future = pki.issueClient("future", NOW.plus(Duration.ofDays(3)),
                NOW.plus(Duration.ofDays(300)));

        CredentialException e = failure(() -> loader.loadPkcs12(secret(future.pkcs12()),
                Secret.of("env:AXYS_P12_PASSWORD", new String(pki.storePassword()))));

        assertThat(e.problem()).isEqualTo(CredentialProblem.NOT_YET_VALID);
        assertThat(e).hasMessageStartingWith("client certificate CN=pay.example.test is not valid before "
                + "2026-03-05T10:00:00Z (in 3 days)");
    }

    @Test
    void rejectsCertificateFileThatHoldsAKey() {
        Path key = pki.client().keyPem();

        CredentialException e = failure(() -> loader.loadPem(secret(key), secret(key), Optional.empty()));

        assertThat(e.problem()).isEqualTo(CredentialProblem.NO_CERTIFICATE);
        assertThat(e.category()).isEqualTo(Category.USAGE);
        assertThat(e).hasMessage("client certificate 'file:" + key + "' holds no certificate (found: RSA PRIVATE KEY); "
                + "point --cert at the PEM certificate file (or load a .p12 as PKCS#12)");
    }

    @Test
    void rejectsKeyFileThatHoldsACertificate() {
        Path cert = pki.client().certPem();

        CredentialException e = failure(() -> loader.loadPem(secret(cert), secret(cert), Optional.empty()));

        assertThat(e.problem()).isEqualTo(CredentialProblem.NO_PRIVATE_KEY);
        assertThat(e).hasMessage("client key 'file:" + cert + "' holds no private key (found: CERTIFICATE); "
                + "point --key at the key file");
    }

    @Test
    void rejectsFilesThatAreNotPemOrNotPkcs12() {
        Secret p12 = secret(pki.client().pkcs12());
        Secret password = Secret.of("env:AXYS_P12_PASSWORD", new String(pki.storePassword()));

        CredentialException certNotPem =
                failure(() -> loader.loadPem(p12, secret(pki.client().keyPem()), Optional.empty()));

        assertThat(certNotPem.problem()).isEqualTo(CredentialProblem.NOT_PEM);
        assertThat(certNotPem).hasMessage("client certificate 'file:" + pki.client().pkcs12() + "' is not PEM (no "
                + "-----BEGIN line); point --cert at the PEM certificate file (or load a .p12 as PKCS#12)");
        assertThat(failure(() -> loader.loadPem(secret(pki.client().certPem()), p12, Optional.empty())).problem())
                .isEqualTo(CredentialProblem.NOT_PEM);
        assertThat(failure(() -> loader.loadPkcs12(secret(pki.client().certPem()), password)).problem())
                .isEqualTo(CredentialProblem.NOT_PKCS12);
    }

    @Test
    void neverPutsKeyMaterialOrPassphrasesInMessages() throws Exception {
        Path encrypted = files.encryptedPkcs8("leak.key", pki.client().privateKey(), PASSPHRASE);
        Path plain = pki.client().keyPem();
        List<CredentialException> failures = List.of(
                failure(() -> loader.loadPem(secret(pki.client().certPem()), secret(encrypted),
                        Optional.of(passphrase("hunter2-wrong")))),
                failure(() -> loader.loadPem(secret(plain), secret(plain), Optional.empty())),
                failure(() -> loader.loadPkcs12(secret(pki.client().pkcs12()), Secret.of("env:P", "hunter2-wrong"))),
                failure(() -> loader.loadPem(secret(pki.issueClient("leak-other", NOW.minus(Duration.ofDays(1)),
                        NOW.plus(Duration.ofDays(9))).certPem()), secret(plain), Optional.empty())));
        String keyBase64 = Base64.getEncoder().encodeToString(pki.client().privateKey().getEncoded());
        String pem = Files.readString(plain, StandardCharsets.US_ASCII);
        String pemLine = pem.lines().skip(5).findFirst().orElseThrow();

        assertThat(failures).extracting(Throwable::getMessage).allSatisfy(message -> assertThat(message)
                .doesNotContain("hunter2", PASSPHRASE, pemLine, keyBase64.substring(100, 140), "-----BEGIN"));
    }

    private static void assertLoadsClient(ClientIdentity identity) {
        assertThat(identity.certificate()).isEqualTo(pki.client().certificate());
        assertThat(identity.privateKey().getEncoded()).isEqualTo(pki.client().privateKey().getEncoded());
    }

    private static CredentialException failure(ThrowingCallable call) {
        CredentialException e = catchThrowableOfType(CredentialException.class, call);
        assertThat(e).as("expected a CredentialException").isNotNull();
        return e;
    }
}
