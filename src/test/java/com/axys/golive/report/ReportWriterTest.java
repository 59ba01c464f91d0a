package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.checklist.Checklist;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.Hashing;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportWriterTest {

    @TempDir
    Path root;

    private Path writeSampleBundle() {
        try (BundleFixture fixture = BundleFixture.open(root)) {
            fixture.recordSampleRun();
            List<Path> written = ReportWriter.write(fixture.dir(), BundleFixture.simulatorFacts());
            assertThat(written).extracting(p -> p.getFileName().toString())
                    .containsExactlyElementsOf(ReportWriter.FILES);
            return fixture.dir();
        }
    }

    @Test
    void writesTheSixReportsBeforeTheManifestSoTheManifestHashesThem() throws IOException {
        Path dir = writeSampleBundle();
        JsonNode manifest = EvidenceRun.MAPPER.readTree(dir.resolve("manifest.json").toFile());
        Map<String, String> hashes = java.util.stream.StreamSupport.stream(manifest.get("files").spliterator(), false)
                .collect(Collectors.toMap(f -> f.get("path").asText(), f -> f.get("sha256").asText()));
        for (String name : ReportWriter.FILES) {
            assertThat(hashes).containsEntry(name, Hashing.sha256(dir.resolve(name)));
        }
    }

    @Test
    void aReconciliationFindingShowsInTheVerdictAndIsListedOnBothPages() throws IOException {
        String flag = "purchases of card 8801 between balance reads #1 and #3: MISMATCH: availableBalance changed by"
                + " -4000, expected -4120";
        Path dir;
        try (BundleFixture fixture = BundleFixture.open(root)) {
            fixture.recordSampleRun();
            Files.writeString(fixture.dir().resolve("reconciliation.json"), "{\"flags\":[\"" + flag + "\"]}\n");
            ReportWriter.write(fixture.dir(), BundleFixture.simulatorFacts());
            dir = fixture.dir();
        }
        String md = Files.readString(dir.resolve("summary.md"));
        assertThat(md).containsPattern("## Verdict: (.+ \\+ )?RECONCILIATION FINDINGS\n")
                .contains("### Reconciliation findings").contains("MISMATCH: availableBalance changed by -4000, expected"
                        + " -4120");
        assertThat(Files.readString(dir.resolve("summary.html"))).contains("RECONCILIATION FINDINGS")
                .contains("id=\"reconciliation-findings\"").contains("expected -4120");
    }

    @Test
    void coverageJsonHoldsEveryChecklistItemAndTheContractView() throws IOException {
        JsonNode coverage = EvidenceRun.MAPPER.readTree(writeSampleBundle().resolve("coverage.json").toFile());
        assertThat(coverage.get("items")).hasSize(Checklist.load().items().size());
        assertThat(coverage.at("/target/statement").asText()).contains("simulator only");
        JsonNode first = coverage.get("items").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "phase", "section", "text", "automation",
                "applicability", "applies", "result", "provenOn", "scenarios", "evidence", "signOff");
        assertThat(coverage.get("contractCoverage").findValuesAsText("operationId")).contains("getCardDetails");
        assertThat(coverage.get("contractCoverage").findValues("exercised")).extracting(JsonNode::asBoolean)
                .contains(true, false);
        JsonNode details = find(coverage.get("items"), "P1.SEC.03");
        assertThat(details.get("result").asText()).isEqualTo("passed");
        assertThat(details.at("/provenOn/simulator").asBoolean()).isTrue();
        assertThat(details.at("/provenOn/staging").asBoolean()).isFalse();
        assertThat(details.at("/evidence/calls/0").asLong()).isEqualTo(1);
        assertThat(find(coverage.get("items"), "P2.CERT.01").get("result").asText()).isEqualTo("manual");
    }

    @Test
    void driftJsonGivesEveryInferredFactAVerdictAndStatesItsRule() throws IOException {
        Path dir = writeSampleBundle();
        JsonNode drift = EvidenceRun.MAPPER.readTree(dir.resolve("drift.json").toFile());
        assertThat(drift.get("rule").asText()).contains("contradicted").contains("confirmed").contains("not exercised");
        assertThat(drift.get("facts")).hasSize(com.axys.golive.contract.ContractCatalog.fromClasspath()
                .inferredFacts().size());
        assertThat(drift.get("facts").findValuesAsText("verdict")).contains("confirmed", "not exercised");
        String md = Files.readString(dir.resolve("drift.md"));
        assertThat(md).startsWith("# Contract drift").contains("## How the verdicts are made");
    }

    @Test
    void noReportHoldsASecretTheRawExchangesCarried() throws IOException {
        Path dir = writeSampleBundle();
        for (String name : ReportWriter.FILES) {
            String text = Files.readString(dir.resolve(name));
            assertThat(text).as(name).doesNotContain(BundleFixture.PAN).doesNotContain(BundleFixture.API_KEY)
                    .doesNotContain(BundleFixture.OTP_TOKEN).doesNotContain("847291");
        }
        assertThat(Files.readString(dir.resolve("summary.html"))).contains("[REDACTED:pan]");
    }

    @Test
    void aFolderWithoutTheRunsStreamsIsRefusedWithTheMissingFileNamed() throws IOException {
        Path empty = Files.createDirectory(root.resolve("empty"));
        assertThatThrownBy(() -> ReportWriter.write(empty, BundleFixture.simulatorFacts()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("calls.jsonl")
                .hasMessageContaining("before it is closed");
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }
}
