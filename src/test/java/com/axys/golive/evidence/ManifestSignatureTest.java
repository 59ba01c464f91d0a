package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.CertificateSummary;
import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.ThrowawayPki;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.SignerPolicy;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ManifestSignatureTest {

    @TempDir
    Path dir;
    Path bundle;
    ClientIdentity signer;

    @BeforeEach
    void aClosedBundleAndASigner() {
        ThrowawayPki pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        signer = new ClientIdentity(List.of(pki.client().certificate()), pki.client().privateKey(), "test");
        try (EvidenceRun run = EvidenceRun.open(dir.resolve("evidence"), "run-1", Clock.systemUTC(),
                new RunMetadata("test", "simulator", "https://127.0.0.1:1/v2", null, "", ""))) {
            run.append(EvidenceFiles.ERRORS, EvidenceRun.MAPPER.createObjectNode().put("status", 401));
            for (String name : List.of(EvidenceFiles.LOG, "summary.md", "coverage.json", "reconciliation.json")) {
                run.writeFile(name, "{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)); // what a run writes
            }
            bundle = run.dir();
        }
    }

    @Test
    void aSignedBundleVerifiesAndNamesItsSigner() {
        ManifestSignature.sign(bundle, signer);
        var check = ManifestSignature.check(bundle, Clock.systemUTC()).orElseThrow();
        assertThat(check.valid()).isTrue();
        assertThat(check.signerSubject()).contains("CN=pay.example.test");

        VerificationReport report = new BundleVerifier().verify(bundle);
        assertThat(report.verdict()).as(String.join("\n", report.lines())).isEqualTo(Verdict.VERIFIED);
        assertThat(String.join("\n", report.lines())).contains("manifest signed by");
    }

    @Test
    void editingTheSignedManifestBreaksTheSignature() throws Exception {
        ManifestSignature.sign(bundle, signer);
        Path manifest = bundle.resolve(EvidenceFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"simulator\"", "\"staging\""));

        assertThat(ManifestSignature.check(bundle, Clock.systemUTC()).orElseThrow().valid()).isFalse();
        VerificationReport report = new BundleVerifier().verify(bundle);
        assertThat(report.verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(String.join("\n", report.lines())).contains("manifest.json.sig does not verify");
    }

    @Test
    void anUnsignedBundleHasNoSignatureToCheck() {
        assertThat(ManifestSignature.check(bundle, Clock.systemUTC())).isEmpty();
    }

    @Test
    void opensslVerifiesTheSignatureWithoutTheHarness() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        ManifestSignature.sign(bundle, signer);
        Path pub = dir.resolve("signer.pub");
        assertThat(run("/usr/bin/openssl", "x509", "-in", bundle.resolve(ManifestSignature.SIGNER).toString(),
                "-pubkey", "-noout", "-out", pub.toString())).isZero();
        assertThat(run("/usr/bin/openssl", "dgst", "-sha256", "-verify", pub.toString(), "-signature",
                bundle.resolve(ManifestSignature.SIGNATURE).toString(),
                bundle.resolve(EvidenceFiles.MANIFEST).toString())).isZero();
    }

    private VerificationReport verifyDemanding(SignerPolicy policy) {
        return new BundleVerifier().withSigners(policy).verify(bundle);
    }

    private String fingerprintOf(ClientIdentity who) {
        return CertificateSummary.of(who.chain().get(0), Clock.systemUTC()).sha256Fingerprint();
    }

    @Test
    @Tag("security")
    void anUnsignedOrStrippedPackFailsWhenASignatureIsRequired() throws Exception {
        assertThat(verifyDemanding(SignerPolicy.of(true, List.of())).verdict()).isEqualTo(Verdict.CORRUPT);

        ManifestSignature.sign(bundle, signer);
        Files.delete(bundle.resolve(ManifestSignature.SIGNATURE));
        Files.delete(bundle.resolve(ManifestSignature.SIGNER));
        VerificationReport stripped = verifyDemanding(SignerPolicy.of(true, List.of()));

        assertThat(stripped.verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(String.join("\n", stripped.lines())).contains("manifest.json.sig: is missing, but a signed pack"
                + " was required");
        assertThat(new BundleVerifier().verify(bundle).verdict()).as("unsigned is fine when nobody asks")
                .isEqualTo(Verdict.VERIFIED);
    }

    @Test
    @Tag("security")
    void aReSignatureBySameSubjectAnotherKeyFailsAgainstThePinnedSigner() {
        ThrowawayPki other = ThrowawayPki.generate(dir.resolve("pki-other"), Clock.systemUTC());
        ClientIdentity forger = new ClientIdentity(List.of(other.client().certificate()),
                other.client().privateKey(), "forger");
        assertThat(forger.chain().get(0).getSubjectX500Principal())
                .isEqualTo(signer.chain().get(0).getSubjectX500Principal());
        ManifestSignature.sign(bundle, forger);

        VerificationReport report = verifyDemanding(SignerPolicy.of(false, List.of(fingerprintOf(signer))));

        assertThat(report.verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(String.join("\n", report.lines())).contains("which is not a pinned signer")
                .contains(fingerprintOf(forger));
        assertThat(new BundleVerifier().verify(bundle).verdict()).as("valid, if nobody pins the signer")
                .isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void thePinnedSignerVerifiesHoweverItsFingerprintIsSpelt() {
        ManifestSignature.sign(bundle, signer);
        String fingerprint = fingerprintOf(signer);

        for (String spelling : List.of(fingerprint, fingerprint.toLowerCase(java.util.Locale.ROOT),
                fingerprint.replace(":", ""), "sha256:" + fingerprint, "SHA256 Fingerprint=" + fingerprint)) {
            VerificationReport report = verifyDemanding(SignerPolicy.of(false, List.of(spelling)));
            assertThat(report.verdict()).as(spelling + "\n" + String.join("\n", report.lines()))
                    .isEqualTo(Verdict.VERIFIED);
            assertThat(String.join("\n", report.lines())).contains("a pinned signer");
        }
    }

    private int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.out").toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
