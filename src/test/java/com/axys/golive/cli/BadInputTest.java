package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.ThrowawayPki;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input a user can give gets one clear line naming the problem and the fix, and its own exit code;
 * never a stack trace. Credentials are checked before any connection, so an unreachable https target is enough.
 */
@Tag("security")
final class BadInputTest {

    private static final String NOWHERE = "https://127.0.0.1:9/v2";

    @TempDir
    static Path dir;
    static ThrowawayPki pki;
    static Path apiKey;

    @BeforeAll
    static void credentials() throws IOException {
        pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        apiKey = Files.writeString(dir.resolve("api-key.txt"), "test-api-key-value\n");
    }

    private record Outcome(int code, String out, String err) { }

    private static Outcome golive(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome runWith(Path cert, Path key, String... more) {
        String[] base = {"run", "--target", NOWHERE, "--cert", "file:" + cert, "--key", "file:" + key,
                "--api-key", "file:" + apiKey, "--evidence", dir.resolve("evidence").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return golive(args);
    }

    private static void assertOneCleanLine(Outcome o) {
        assertThat(o.err()).startsWith("golive: error: ").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        Outcome o = golive("run", "--target", "stagin");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("unknown target 'stagin'").contains("staging");
        assertOneCleanLine(o);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"20", "twenty minutes", "-5m", "99999999999h"})
    void aWaitBudgetWithoutAUnitOrOutOfRangeIsAUsageErrorWithExamples(String value) {
        Outcome o = golive("run", "--max-wait", value);
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err().lines().findFirst().orElse("")).startsWith("golive: Invalid value for option '--max-wait'")
                .contains("90s, 45m, 2h");
        assertThat(o.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMalformedConfigIsAUsageErrorNamingTheLine() throws IOException {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "target: [staging\n");
        Outcome o = golive("run", "--config", config.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("bad.yaml' is malformed").contains("line");
        assertOneCleanLine(o);
    }

    @Test
    void aMissingKeyFileIsAUsageErrorNamingTheFile() {
        Outcome o = runWith(pki.client().certPem(), dir.resolve("no-such.key"));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("no-such.key").contains("does not exist");
        assertOneCleanLine(o);
    }

    @Test
    void aKeyOfAnotherCertificateIsRefusedBeforeAnyConnection() {
        var other = pki.issueClient("other", Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(30)));
        Outcome o = runWith(pki.client().certPem(), other.keyPem());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains("does not match certificate").contains("--cert and --key");
        assertOneCleanLine(o);
    }

    @Test
    void anExpiredCertificateIsRefusedWithTheDate() {
        var expired = pki.issueClient("expired", Instant.now().minus(Duration.ofDays(100)),
                Instant.now().minus(Duration.ofDays(10)));
        Outcome o = runWith(expired.certPem(), expired.keyPem());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains("expired").contains("renew");
        assertOneCleanLine(o);
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        var future = pki.issueClient("future", Instant.now().plus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(90)));
        Outcome o = runWith(future.certPem(), future.keyPem());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains("not valid before");
        assertOneCleanLine(o);
    }

    @Test
    void aWrongPassphraseIsRefusedAndNeverEchoed() throws Exception {
        Path encrypted = dir.resolve("encrypted.key.pem");
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider())
                .setPassword("right-passphrase".toCharArray()).build();
        try (JcaPEMWriter pem = new JcaPEMWriter(Files.newBufferedWriter(encrypted))) {
            pem.writeObject(new JcaPKCS8Generator(pki.client().privateKey(), encryptor));
        }
        Path wrong = Files.writeString(dir.resolve("wrong-pass.txt"), "wrong-passphrase");
        Outcome o = runWith(pki.client().certPem(), encrypted, "--key-passphrase", "file:" + wrong);
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains("wrong passphrase").doesNotContain("wrong-passphrase");
        assertOneCleanLine(o);
    }

    @Test
    void anEncryptedKeyWithoutAPassphraseSaysHowToGiveOne() throws Exception {
        Path encrypted = dir.resolve("encrypted2.key.pem");
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider())
                .setPassword("pw-123456".toCharArray()).build();
        try (JcaPEMWriter pem = new JcaPEMWriter(Files.newBufferedWriter(encrypted))) {
            pem.writeObject(new JcaPKCS8Generator(pki.client().privateKey(), encryptor));
        }
        Outcome o = runWith(pki.client().certPem(), encrypted);
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--key-passphrase");
        assertOneCleanLine(o);
    }

    @Test
    void stagingWithoutCredentialsSaysWhatToSet() {
        Outcome o = golive("run", "--target", "staging", "--evidence", dir.resolve("evidence").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("needs a client certificate").contains("AXYS_CLIENT_CERT");
        assertOneCleanLine(o);
    }

    @Test
    void anApiKeyValueGivenWhereAReferenceBelongsIsRefusedWithoutEchoingIt() {
        String pasted = "sk_live_7Hq2Zp9xLm4vRt8w";
        Outcome o = golive("run", "--target", NOWHERE, "--cert", "file:" + pki.client().certPem(),
                "--key", "file:" + pki.client().keyPem(), "--api-key", pasted,
                "--evidence", dir.resolve("evidence").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("plain text that names no file").contains("AXYS_API_KEY");
        assertThat(o.out() + o.err()).doesNotContain(pasted);
        assertOneCleanLine(o);
    }

    @Test
    void pemTextGivenWhereAReferenceBelongsIsRefusedWithoutEchoingIt() throws IOException {
        String pem = Files.readString(pki.client().keyPem());
        String body = pem.lines().skip(1).findFirst().orElseThrow();
        Outcome o = golive("run", "--target", NOWHERE, "--cert", "file:" + pki.client().certPem(), "--key", pem,
                "--api-key", "file:" + apiKey, "--evidence", dir.resolve("evidence").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("holds PEM text; not shown");
        assertThat(o.out() + o.err()).doesNotContain(body);
        assertOneCleanLine(o);
    }

    @Test
    void aMissingCertificateFileIsRefusedOnTheSimulatorToo() {
        Outcome o = golive("run", "--cert", "file:" + dir.resolve("no-such.crt"), "--key",
                "file:" + pki.client().keyPem(), "--evidence", dir.resolve("evidence-sim").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("no-such.crt").contains("does not exist")
                .contains("the simulator issues its own client certificate");
        assertThat(dir.resolve("evidence-sim")).as("nothing was started").doesNotExist();
        assertOneCleanLine(o);
    }

    @Test
    void aMissingKeyFileIsRefusedOnTheSimulatorToo() {
        Outcome o = golive("run", "--target", "simulator", "--key", "file:" + dir.resolve("no-such.key"),
                "--evidence", dir.resolve("evidence-sim").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("no-such.key").contains("does not exist");
        assertOneCleanLine(o);
    }

    @Test
    void anApiKeyHoldingALineBreakOrControlCharacterIsRefusedAtLoadWithoutPrintingIt() throws IOException {
        for (String key : java.util.List.of("k-7f3a9c\nX-Injected: 1", "k-7f3a9c\r\nsecond", "k-7f\u00073a9c",
                "k-7f3a\t9c")) {
            Path file = Files.writeString(dir.resolve("control-api.key"), key + "\n");
            Outcome o = golive("run", "--target", NOWHERE, "--cert", "file:" + pki.client().certPem(), "--key",
                    "file:" + pki.client().keyPem(), "--api-key", "file:" + file,
                    "--evidence", dir.resolve("evidence").toString());
            assertThat(o.code()).as("exit code for %s; %s", key.replaceAll("\\p{Cntrl}", "?"), o.err()).isEqualTo(2);
            assertThat(o.err()).contains("API key").contains("'file:" + file + "'").contains("control character");
            assertThat(o.out() + o.err()).doesNotContain("k-7f", "3a9c", "Injected", "second");
            assertOneCleanLine(o);
        }
    }

    @Test
    void anUnknownOptionPointsAtHelp() {
        Outcome o = golive("run", "--taget", "staging");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--taget").contains("--help");
    }
}
