package com.axys.golive.verification;

import static com.axys.golive.verification.TestBundles.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class BundleVerifierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T11:00:00Z"), ZoneOffset.UTC);
    private static final RunMetadata META = new RunMetadata("test", "simulator", "https://127.0.0.1:1/v2", null, "",
            "");

    @TempDir
    Path root;

    private final TestBundles bundles = new TestBundles();
    private final BundleVerifier verifier = new BundleVerifier();

    private static List<String> defects(VerificationReport report) {
        return report.defects().stream().map(Problem::text).toList();
    }

    @Test
    void anUntouchedBundleVerifies() {
        Path bundle = bundles.complete(root);

        VerificationReport report = verifier.verify(bundle);

        assertThat(report.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(report.problems()).isEmpty();
        assertThat(report.verdictLine()).isEqualTo("VERIFIED: " + RUN_ID + " — 6 calls, 3 transitions, chains intact,"
                + " 10 files match the manifest, no secrets found");
    }

    @Test
    void anUntouchedBundleVerifiesWithEverySecretTheRunUsed() {
        Path bundle = bundles.complete(root);

        VerificationReport report = BundleVerifier.verifyWithKnownSecrets(bundle,
                bundles.secrets().snapshot().keySet());

        assertThat(report.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(verifier.verify(bundle, KnownSecrets.of(bundles.secrets())).verified()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"calls.jsonl", "transitions.jsonl", "errors.jsonl", "scenarios.jsonl"})
    void flippingOneByteOfAStreamNamesTheStreamAndTheLine(String stream) throws Exception {
        Path bundle = bundles.complete(root);
        long altered = TestBundles.lineOfMiddleByte(bundle.resolve(stream));
        TestBundles.flipMiddleByte(bundle.resolve(stream));

        VerificationReport report = verifier.verify(bundle);

        assertThat(report.verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(report.defects()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(stream);
            assertThat(p.line()).isBetween(altered, altered + 1);
            assertThat(p.text()).startsWith(stream + " line " + p.line() + ": ");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {TestBundles.REPORT, "coverage.json"})
    void flippingOneByteOfAnyOtherFileNamesTheFile(String file) throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.flipMiddleByte(bundle.resolve(file));

        assertThat(defects(verifier.verify(bundle)))
                .containsExactly(file + ": SHA-256 differs from the manifest (file altered)");
    }

    @Test
    void aCompleteRunWithoutItsReconciliationIsCorrupt() throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.removeWithManifestEntry(bundle, "reconciliation.json");

        VerificationReport report = verifier.verify(bundle);
        assertThat(report.verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(defects(report)).anySatisfy(d -> assertThat(d).startsWith("reconciliation.json: is not in the"
                + " manifest, but every complete run writes it"));
    }

    @Test
    void aRemovedLineIsTheFirstBrokenLine() throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.deleteLine(bundle.resolve("calls.jsonl"), 3);

        assertThat(defects(verifier.verify(bundle))).contains(
                "calls.jsonl line 3: prevHash does not match line 2 (a line was removed, reordered or altered)",
                "calls.jsonl: manifest says 6 lines, found 5 (lines were removed)");
    }

    @Test
    void swappedLinesAreReportedAsReordered() throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.swapLines(bundle.resolve("calls.jsonl"), 2, 3);

        assertThat(defects(verifier.verify(bundle))).contains(
                "calls.jsonl line 2: prevHash does not match line 1 but line 3 (lines were reordered)",
                "calls.jsonl line 3: seq 2 does not follow seq 3 (call numbers strictly increase; lines were"
                        + " reordered or altered)");
    }

    @Test
    void aLineAppendedWithAValidChainStillContradictsTheManifest() throws Exception {
        Path bundle = bundles.complete(root);
        Path calls = bundle.resolve("calls.jsonl");
        List<String> lines = TestBundles.lines(calls);
        String head = com.axys.golive.evidence.Hashing.sha256(lines.get(5).getBytes(StandardCharsets.UTF_8));
        TestBundles.append(calls, "{\"seq\":7,\"prevHash\":\"" + head + "\"}\n");

        assertThat(defects(verifier.verify(bundle))).contains(
                "calls.jsonl line 7: manifest says 6 lines, found 7 (lines were added after the run, from here on)");
    }

    @Test
    void aLineInsertedInTheMiddleIsNamed() throws Exception {
        Path bundle = bundles.complete(root);
        Path errors = bundle.resolve("errors.jsonl");
        List<String> lines = TestBundles.lines(errors);
        lines.add(1, lines.get(0));
        TestBundles.writeLines(errors, lines);

        assertThat(defects(verifier.verify(bundle)))
                .anyMatch(t -> t.startsWith("errors.jsonl line 2: prevHash"));
    }

    @Test
    void aTruncatedTailOfACompleteBundleIsCountedAgainstTheManifest() throws Exception {
        Path bundle = bundles.complete(root);
        Path calls = bundle.resolve("calls.jsonl");
        List<String> lines = TestBundles.lines(calls);
        TestBundles.writeLines(calls, lines.subList(0, 4));

        assertThat(defects(verifier.verify(bundle)))
                .contains("calls.jsonl: manifest says 6 lines, found 4 (lines were removed)");
    }

    @Test
    void anAlteredLastLineContradictsTheChainHead() throws Exception {
        Path bundle = bundles.complete(root);
        Path scenarios = bundle.resolve("scenarios.jsonl");
        List<String> lines = TestBundles.lines(scenarios);
        lines.set(2, lines.get(2).replace("\"passed\"", "\"failed\""));
        TestBundles.writeLines(scenarios, lines);

        assertThat(defects(verifier.verify(bundle))).contains("scenarios.jsonl line 3: hash differs from the"
                + " manifest's chain head (the last line was altered or replaced)");
    }

    @Test
    void anUnlistedFileWasAddedAfterTheRun() throws Exception {
        Path bundle = bundles.complete(root);
        Files.writeString(bundle.resolve("extra.txt"), "later");

        assertThat(defects(verifier.verify(bundle))).containsExactly("unlisted file extra.txt was added after the run");
    }

    @Test
    void aSymbolicLinkInTheBundleIsNeitherFollowedNorAccepted() throws Exception {
        Path bundle = bundles.complete(root);
        Path outside = Files.writeString(root.resolve("outside.txt"), "card " + TestBundles.PAN);
        Files.createSymbolicLink(bundle.resolve("report/extra.html"), outside);

        VerificationReport report = verifier.verify(bundle);

        assertThat(defects(report)).containsExactly("report/extra.html: is a symbolic link; the harness writes none,"
                + " so it was added after the run (links are neither followed nor packed)");
        assertThat(report.leaks()).isEmpty();
    }

    @Test
    void aListedFileThatIsGoneIsNamed() throws Exception {
        Path bundle = bundles.complete(root);
        Files.delete(bundle.resolve(TestBundles.REPORT));

        assertThat(defects(verifier.verify(bundle))).containsExactly(TestBundles.REPORT
                + ": is missing (the manifest lists it: it was deleted or renamed after the run)");
    }

    @Test
    void aMissingOrUnreadableManifestMakesTheBundleCorrupt() throws Exception {
        Path bundle = bundles.complete(root);
        Path manifest = bundle.resolve(EvidenceFiles.MANIFEST);
        String original = Files.readString(manifest);

        Files.writeString(manifest, original.substring(0, original.length() / 2));
        assertThat(defects(verifier.verify(bundle)))
                .containsExactly("manifest.json: not valid JSON (it was cut or edited after the run)");

        Files.writeString(manifest, original.replace("golive-evidence/1", "golive-evidence/9"));
        assertThat(defects(verifier.verify(bundle))).singleElement().asString()
                .contains("format 'golive-evidence/9' is not one this verifier reads");

        Files.delete(manifest);
        VerificationReport report = verifier.verify(bundle);
        assertThat(report.verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(report.verdictLine()).startsWith("CORRUPT: " + RUN_ID + " — 1 problem(s)");
    }

    @Test
    void anEditedRunIdInTheManifestBreaksEveryChainAtItsFirstLine() throws Exception {
        Path bundle = bundles.complete(root);
        Path manifest = bundle.resolve(EvidenceFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace(RUN_ID, "20261126T110000Z-staging-ffffff"));

        VerificationReport report = verifier.verify(bundle);

        assertThat(defects(report)).contains("calls.jsonl line 1: prevHash is not the genesis hash of this run (the"
                + " first line was removed or replaced, or the manifest's runId was changed)");
        assertThat(report.problems()).anyMatch(p -> !p.isDefect() && p.text().contains("folder's name differs"));
    }

    @Test
    void editedCountsInTheManifestAreCaught() throws Exception {
        Path bundle = bundles.complete(root);
        Path manifest = bundle.resolve(EvidenceFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"calls\" : 6", "\"calls\" : 60"));

        assertThat(defects(verifier.verify(bundle))).containsExactly("manifest.json: counts.calls says 60 but its"
                + " chain of calls.jsonl records 6 lines (the manifest was edited)");
    }

    @Test
    void callNumbersMustStrictlyIncreaseEvenInAnIntactChain() {
        EvidenceRun run = EvidenceRun.open(root, RUN_ID, CLOCK, META);
        for (long seq : new long[] {1, 3, 2}) {
            run.append(EvidenceFiles.CALLS, EvidenceRun.MAPPER.createObjectNode().put("seq", seq).put("url", "https://127.0.0.1:1/v2/x"));
        }
        TestBundles.closeLikeARun(run);

        assertThat(defects(verifier.verify(run.dir()))).containsExactly("calls.jsonl line 3: seq 2 does not follow"
                + " seq 3 (call numbers strictly increase; lines were reordered or altered)");
    }

    @Test
    void aRunKilledBeforeCloseIsIncompleteNotCorrupt() {
        Path bundle = bundles.abandoned(root);

        VerificationReport report = verifier.verify(bundle);

        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.found().calls()).isEqualTo(TestBundles.CALLS);
        assertThat(report.defects()).isEmpty();
        assertThat(report.verdictLine()).startsWith("INCOMPLETE: " + RUN_ID + " — incomplete, not corrupt: 6 calls"
                + " captured up to the kill, 3 transitions, chains intact").doesNotContain("CORRUPT");
    }

    @Test
    void aLastLineCutOffByTheKillIsANoteAndNotCounted() throws Exception {
        Path bundle = bundles.abandoned(root);
        TestBundles.append(bundle.resolve("calls.jsonl"), "{\"seq\":7,\"ts\":\"2026-11-26T11:00:07Z\",\"scen");

        VerificationReport report = verifier.verify(bundle);

        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.found().calls()).isEqualTo(6);
        assertThat(report.problems()).extracting(Problem::text)
                .containsExactly("calls.jsonl line 7: last line cut off by the kill (ignored)");
        assertThat(report.lines()).first().isEqualTo("note: calls.jsonl line 7: last line cut off by the kill"
                + " (ignored)");
    }

    @Test
    void aCutLineIsOnlyToleratedInAnIncompleteBundle() throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.append(bundle.resolve("calls.jsonl"), "{\"seq\":7,\"ts\":");

        assertThat(defects(verifier.verify(bundle))).contains("calls.jsonl line 7: has no newline at its end (the"
                + " file was cut or edited after the run)");
    }

    @Test
    void anIncompleteBundleWithARemovedLineIsCorrupt() throws Exception {
        Path bundle = bundles.abandoned(root);
        TestBundles.deleteLine(bundle.resolve("transitions.jsonl"), 2);

        VerificationReport report = verifier.verify(bundle);

        assertThat(report.verdict()).isEqualTo(Verdict.CORRUPT);
        assertThat(defects(report)).containsExactly("transitions.jsonl line 2: prevHash does not match line 1 (a line"
                + " was removed, reordered or altered)");
    }

    @Test
    void anIncompleteBundleMustStillHoldWhatItsManifestRecorded() throws Exception {
        EvidenceRun run = EvidenceRun.open(root, RUN_ID, CLOCK, META);
        for (long seq = 1; seq <= 3; seq++) {
            run.append(EvidenceFiles.CALLS, EvidenceRun.MAPPER.createObjectNode().put("seq", seq).put("url", "https://127.0.0.1:1/v2/x"));
        }
        run.updateMetadata(META);
        TestBundles.deleteLine(run.dir().resolve("calls.jsonl"), 3);

        assertThat(defects(verifier.verify(run.dir()))).containsExactly("calls.jsonl: manifest says at least 3 lines"
                + " (as of its last update), found 2 (lines were removed)");
    }

    @Test
    void anAbortedRunSaysWhy() {
        EvidenceRun run = EvidenceRun.open(root, RUN_ID, CLOCK, META);
        run.append(EvidenceFiles.CALLS, EvidenceRun.MAPPER.createObjectNode().put("seq", 1).put("url", "https://127.0.0.1:1/v2/x"));
        run.abort("interrupted");

        VerificationReport report = verifier.verify(run.dir());

        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.verdictLine()).contains("1 calls captured before the run was aborted (interrupted)");
    }

    @Test
    void aSecretTheRunWroteMakesTheVerdictLeakWithoutShowingIt() {
        EvidenceRun run = EvidenceRun.open(root, RUN_ID, CLOCK, META);
        run.writeFile("summary.md", ("# Summary\nThe card " + TestBundles.PAN + " was issued\n")
                .getBytes(StandardCharsets.UTF_8));
        TestBundles.closeLikeARun(run);

        VerificationReport report = verifier.verify(run.dir());

        assertThat(report.verdict()).isEqualTo(Verdict.LEAK);
        assertThat(report.defects()).isEmpty();
        assertThat(report.lines()).containsExactly("leak: summary.md line 2, column 10: pan (Luhn-valid 13-19 digit"
                + " number standing alone)", report.verdictLine());
        assertThat(String.join("\n", report.lines()) + report).doesNotContain(TestBundles.PAN)
                .doesNotContain("411111");
    }

    @Test
    void somethingThatIsNotABundleIsAUsageError() throws Exception {
        Path bundle = bundles.complete(root);
        Path empty = Files.createDirectory(root.resolve("empty"));

        assertThatThrownBy(() -> verifier.verify(root.resolve("nope"))).isInstanceOf(HarnessException.class)
                .hasMessageContaining("no such folder or zip")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
        assertThatThrownBy(() -> verifier.verify(root)).hasMessageContaining("is an evidence root holding 1 run"
                + " folder(s), not one bundle; verify one run, e.g. " + bundle);
        assertThatThrownBy(() -> verifier.verify(empty)).hasMessageContaining("is not an evidence bundle");
        assertThatThrownBy(() -> verifier.verify(bundle.resolve("calls.jsonl"))).hasMessageContaining("not a zip");
    }
}
