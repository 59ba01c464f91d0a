package com.axys.golive.cli;

import static com.axys.golive.verification.TestBundles.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.verification.TestBundles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the command as GoLive will once it is registered there: same error handler, own writers. */
final class EvidenceCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final TestBundles bundles = new TestBundles();

    private int golive(String... args) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new EvidenceCommand())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void verifyExits0AndSaysWhatWasCheckedForAnUntouchedBundle() {
        Path bundle = bundles.complete(root);

        assertThat(golive("verify", bundle.toString())).isZero();
        assertThat(out.toString()).isEqualTo("VERIFIED: " + RUN_ID + " — 6 calls, 3 transitions, chains intact,"
                + " 10 files match the manifest, no secrets found" + System.lineSeparator());
    }

    @Test
    void verifyTrustsAGivenCaAndRefusesAnUnreadableOneInOneLine() throws Exception {
        Path bundle = bundles.complete(root);
        Path ca = java.nio.file.Files.writeString(root.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(TestBundles.SERVER_CHAIN.get().get(1).getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        assertThat(golive("verify", "--trust-ca", ca.toString(), bundle.toString())).isZero();
        assertThat(golive("verify", "--trust-ca", root.resolve("nope.pem").toString(), bundle.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--trust-ca").contains("cannot be read as PEM certificates")
                .doesNotContain("Exception\n\tat");
    }

    @Test
    @org.junit.jupiter.api.Tag("security")
    void verifyWithAPinnedSignerAcceptsOnlyThePackThatSignerSigned() throws Exception {
        Path bundle = bundles.complete(root);
        var pki = com.axys.golive.tls.ThrowawayPki.generate(root.resolve("signer"), java.time.Clock.systemUTC());
        var other = com.axys.golive.tls.ThrowawayPki.generate(root.resolve("other"), java.time.Clock.systemUTC());
        Path zip = root.resolve("pack.zip");
        assertThat(golive("verify", "--require-signature", bundle.toString())).as("unsigned, signature required")
                .isEqualTo(4);

        assertThat(golive("pack", bundle.toString(), "-o", zip.toString(), "--sign-cert", "file:"
                + pki.client().certPem(), "--sign-key", "file:" + pki.client().keyPem())).as(err.toString()).isZero();
        String fingerprint = java.util.regex.Pattern.compile("SHA-256 fingerprint ([0-9A-F:]{95})")
                .matcher(out.toString()).results().findFirst().orElseThrow().group(1);
        assertThat(golive("verify", "--signer", fingerprint, zip.toString())).as(out.toString()).isZero();
        assertThat(golive("verify", "--signer", pki.client().certPem().toString(), zip.toString())).isZero();
        out.getBuffer().setLength(0);

        assertThat(golive("verify", "--signer", other.client().certPem().toString(), zip.toString())).isEqualTo(4);
        assertThat(out.toString()).contains("which is not a pinned signer").contains("CORRUPT");
        assertThat(golive("verify", "--signer", "3A:1F:not-a-fingerprint", zip.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("golive: error: --signer '3A:1F:not-a-fingerprint' is not a SHA-256"
                + " certificate fingerprint").doesNotContain("\tat ");
    }

    @Test
    void verifyExits4AndNamesTheBrokenLineOfAnAlteredBundle() throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.deleteLine(bundle.resolve("calls.jsonl"), 4);

        assertThat(golive("verify", bundle.toString())).isEqualTo(4);
        assertThat(out.toString()).contains("problem: calls.jsonl line 4: prevHash does not match line 3")
                .contains("CORRUPT: " + RUN_ID);
    }

    @Test
    void verifyExits4ForAnIncompleteBundleButSaysIncompleteNotCorrupt() {
        Path bundle = bundles.abandoned(root);

        assertThat(golive("verify", bundle.toString())).isEqualTo(4);
        assertThat(out.toString()).startsWith("INCOMPLETE: " + RUN_ID + " — incomplete, not corrupt: 6 calls captured"
                + " up to the kill").doesNotContain("CORRUPT").doesNotContain("problem:");
    }

    @Test
    void verifyOfSomethingThatIsNotABundleIsAUsageError() {
        assertThat(golive("verify", root.resolve("no-such-run").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("golive: error: no evidence bundle at ");

        assertThat(golive("verify")).isEqualTo(2);
        assertThat(golive()).isEqualTo(2);
        assertThat(err.toString()).contains("choose what to do with the bundle: verify, pack, scan or sign-off");
    }

    @Test
    void packWritesAZipThatVerifiesAndPrintsItsChecksum() throws Exception {
        Path bundle = bundles.complete(root.resolve("evidence"));
        Path zip = root.resolve("handover/staging.zip");

        assertThat(golive("pack", bundle.toString(), "-o", zip.toString())).isZero();
        String checksum = Files.readString(root.resolve("handover/staging.zip.sha256")).split(" ")[0];
        assertThat(out.toString()).contains("VERIFIED: " + RUN_ID).contains("Packed " + zip + " (SHA-256 " + checksum);
        assertThat(golive("verify", zip.toString())).isZero();
    }

    @Test
    void packRefusesACorruptBundleWithExit4() throws Exception {
        Path bundle = bundles.complete(root);
        Files.writeString(bundle.resolve("extra.txt"), "added later");

        assertThat(golive("pack", bundle.toString(), "-o", root.resolve("run.zip").toString())).isEqualTo(4);
        assertThat(err.toString()).startsWith("golive: error: refusing to pack ")
                .contains("unlisted file extra.txt was added after the run");
        assertThat(root.resolve("run.zip")).doesNotExist();
    }

    @Test
    void scanNamesTheKindAndPlaceOfALeakButNeverTheValue() throws Exception {
        Path bundle = bundles.complete(root);
        assertThat(golive("scan", bundle.toString())).isZero();
        assertThat(out.toString()).startsWith("NO LEAKS: ");

        Files.writeString(bundle.resolve("errors.jsonl"), "{\"cardId\":7,\"cvv\":\"123\",\"note\":\"card "
                + TestBundles.PAN + "\"}\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(golive("scan", bundle.toString())).isEqualTo(4);
        assertThat(out.toString()).contains("leak: errors.jsonl line 3, column 20: cvv (field \"cvv\" is not redacted)")
                .contains("LEAK: " + bundle + " — 2 secret(s) found (cvv, pan)")
                .doesNotContain(TestBundles.PAN).doesNotContain("411111").doesNotContainPattern("\\b123\\b");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpShowsExamplesAndTheIncompleteRule() {
        assertThat(golive("--help")).isZero();
        assertThat(out.toString()).contains("Examples:").contains("golive evidence verify")
                .contains("INCOMPLETE").contains("verify", "pack", "scan");
        assertThat(golive("verify", "--help")).isZero();
    }
}
