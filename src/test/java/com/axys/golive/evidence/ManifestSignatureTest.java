package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.ThrowawayPki;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.Verdict;
import com.axys.golive.verification.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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
            for (String name : List.of(EvidenceFiles.LOG, "summary.md", "coverage.json")) {
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

    private int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.out").toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
