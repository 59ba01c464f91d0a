package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.JsonlChain;
import com.axys.golive.tls.ThrowawayPki;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forger's edits, each made consistently (the chain re-hashed, the manifest's heads, sizes and hashes updated),
 * so that only the provenance rules can catch them: a relabelled target, calls rewritten to another host, a
 * replaced server certificate, a self-made certificate for Axys staging, a thinned bundle.
 */
@Tag("security")
final class ProvenanceCheckTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STAGING = "https://staging.api.axyscards.com/v2";

    @TempDir
    Path dir;

    private final BundleVerifier verifier = new BundleVerifier();

    private Path bundle() {
        return new TestBundles().complete(dir);
    }

    private static List<String> defects(VerificationReport report) {
        return report.problems().stream().filter(Problem::isDefect).map(Problem::text).toList();
    }

    @Test
    void anHonestBundleWithItsServerCertificateVerifies() {
        VerificationReport report = verifier.verify(bundle());

        assertThat(report.verdict()).as("%s", report.problems()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void relabellingOnlyTheManifestsTargetIsCaught() throws Exception {
        Path b = bundle();
        editManifest(b, m -> {
            ((ObjectNode) m.path("target")).put("name", "staging").put("baseUrl", STAGING);
            return m;
        });

        assertThat(verifier.verify(b).verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(defects(verifier.verify(b))).anyMatch(t -> t.startsWith("calls.jsonl line 1: the call went to"
                + " https://127.0.0.1:1, but the manifest says the target was staging"));
    }

    @Test
    void aNameThatDisagreesWithItsOwnUrlIsCaught() throws Exception {
        Path b = bundle();
        editManifest(b, m -> {
            ((ObjectNode) m.path("target")).put("name", "staging");
            return m;
        });

        assertThat(defects(verifier.verify(b))).anyMatch(t -> t.contains("target.name says staging but its base URL"
                + " https://127.0.0.1:1/v2 is neither"));
    }

    @Test
    void callsAndConnectionsRewrittenToStagingFailOnTheCertificate() throws Exception {
        Path b = bundle();
        relabelAsStaging(b);

        List<String> defects = defects(verifier.verify(b));
        assertThat(defects).noneMatch(t -> t.contains("the call went to"));
        assertThat(defects).anyMatch(t -> t.contains("the server certificate does not name"
                + " staging.api.axyscards.com"));
    }

    @Test
    void aSelfMadeCertificateForStagingDoesNotProveStaging() throws Exception {
        Path b = bundle();
        relabelAsStaging(b);
        Path pkiDir = Files.createDirectories(dir.resolve("forger-pki"));
        ThrowawayPki forger = ThrowawayPki.generate(pkiDir, Clock.systemUTC());
        var fake = forger.issueServer("staging", List.of("staging.api.axyscards.com"));
        rewrite(b, EvidenceFiles.CONNECTIONS, line -> {
            ArrayNode chain = MAPPER.createArrayNode();
            for (var cert : List.of(fake.certificate(), forger.caCert())) {
                ObjectNode entry = com.axys.golive.evidence.ServerCertificates.describe(cert, MAPPER);
                try {
                    entry.put("der", Base64.getEncoder().encodeToString(cert.getEncoded()));
                } catch (java.security.cert.CertificateEncodingException e) {
                    throw new IllegalStateException(e);
                }
                chain.add(entry);
            }
            line.set("chain", chain);
            return line.put("ts", java.time.Instant.now().toString()); // when the forged certificate is valid
        });

        assertThat(defects(verifier.verify(b))).singleElement().asString()
                .contains("does not lead to a certificate authority this verifier trusts");
        assertThat(new BundleVerifier(ServerTrust.jdkAnd(List.of(forger.caCert()))).verify(b).verdict())
                .as("trusted when the auditor says so (--trust-ca)").isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void anEditedCertificateFieldIsCaught() throws Exception {
        Path b = bundle();
        rewrite(b, EvidenceFiles.CONNECTIONS, line -> {
            ((ObjectNode) line.path("chain").path(0)).put("subject", "CN=staging.api.axyscards.com");
            return line;
        });

        assertThat(defects(verifier.verify(b))).anyMatch(t -> t.contains("certificate 1 of the chain: its recorded"
                + " fields differ from the certificate itself"));
    }

    @Test
    void removingTheConnectionsOrTheLogConsistentlyIsCaught() throws Exception {
        Path b = bundle();
        Files.delete(b.resolve(EvidenceFiles.LOG));
        Files.delete(b.resolve(EvidenceFiles.CONNECTIONS));
        editManifest(b, m -> {
            ((ObjectNode) m.path("chains")).remove(EvidenceFiles.CONNECTIONS);
            ArrayNode kept = MAPPER.createArrayNode();
            m.path("files").forEach(f -> {
                String p = f.path("path").asText();
                if (!p.equals(EvidenceFiles.LOG) && !p.equals(EvidenceFiles.CONNECTIONS)) {
                    kept.add(f);
                }
            });
            m.set("files", kept);
            return m;
        });

        assertThat(defects(verifier.verify(b))).anyMatch(t -> t.startsWith("log.jsonl: is not in the manifest"))
                .anyMatch(t -> t.startsWith("connections.jsonl: is not in the manifest"))
                .anyMatch(t -> t.startsWith("connections.jsonl: records no connection although"));
    }

    // ---- a consistent forger -------------------------------------------------------------------------------

    private static void relabelAsStaging(Path b) throws Exception {
        rewrite(b, EvidenceFiles.CALLS, line -> line.put("url", line.path("url").asText()
                .replace("https://127.0.0.1:1", "https://staging.api.axyscards.com")));
        rewrite(b, EvidenceFiles.CONNECTIONS, line -> line.put("host", "staging.api.axyscards.com").put("port", 443));
        editManifest(b, m -> {
            ((ObjectNode) m.path("target")).put("name", "staging").put("baseUrl", STAGING);
            return m;
        });
    }

    /** Rewrites every line of {@code stream}, re-chains it and updates the manifest's head, size and hash. */
    private static void rewrite(Path b, String stream, UnaryOperator<ObjectNode> edit) throws Exception {
        String runId = MAPPER.readTree(b.resolve(EvidenceFiles.MANIFEST).toFile()).path("runId").asText();
        String prev = JsonlChain.genesis(runId, stream);
        StringBuilder out = new StringBuilder();
        List<String> lines = new ArrayList<>(Files.readAllLines(b.resolve(stream)));
        for (String text : lines) {
            ObjectNode line = edit.apply((ObjectNode) MAPPER.readTree(text));
            line.put("prevHash", prev);
            String written = MAPPER.writeValueAsString(line);
            prev = Hashing.sha256(written.getBytes(StandardCharsets.UTF_8));
            out.append(written).append('\n');
        }
        Files.writeString(b.resolve(stream), out);
        String head = prev;
        editManifest(b, m -> {
            ((ObjectNode) m.path("chains").path(stream)).put("head", head);
            return m;
        });
    }

    /** Edits the manifest and brings every listed file's size and hash up to date. */
    private static void editManifest(Path b, UnaryOperator<ObjectNode> edit) throws Exception {
        Path file = b.resolve(EvidenceFiles.MANIFEST);
        ObjectNode m = edit.apply((ObjectNode) MAPPER.readTree(file.toFile()));
        for (var f : m.path("files")) {
            Path listed = b.resolve(f.path("path").asText());
            if (Files.exists(listed)) {
                ((ObjectNode) f).put("size", Files.size(listed)).put("sha256", Hashing.sha256(listed));
            }
        }
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m));
    }
}
