package com.axys.golive.report;

import com.axys.golive.checklist.Checklist;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What is added to a run's coverage after the run, by a command that amends its bundle: sign-offs ({@code golive
 * evidence sign-off}) and preflight results ({@code golive preflight --into RUN}). The run's {@code coverage.json} is
 * read back, changed, and written again as {@code coverage.json} and {@code coverage.md} by the same code the run
 * used, the phase tallies counted again; the amending command then hashes both into a new manifest version.
 */
public final class CoverageAmendment {

    /** One sign-off as {@code signoffs.jsonl} holds it. */
    public record SignOffRecord(String item, String by, String ref, String at) { }

    /** The coverage files an amendment rewrites. */
    public static final List<String> FILES = List.of("coverage.json", "coverage.md");
    /** Where the bundle keeps the preflight results coverage reads. */
    public static final String PREFLIGHT_FILE = PreflightInCoverage.FILE;

    private static final ObjectMapper READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false); // derived fields (exercised)

    private CoverageAmendment() {
    }

    /**
     * The coverage files showing {@code signOffs} (all of the bundle's, oldest first): each signed item's sign-off
     * block carries its latest sign-off, and the list closes coverage.md. The item's result stays the run's: a
     * sign-off is a person's statement beside the evidence. Empty when the bundle holds no run's coverage matrix.
     */
    public static Map<String, byte[]> signOffs(Path bundle, List<SignOffRecord> signOffs) {
        return rewrite(bundle, report -> new CoverageReport(report.runId(), report.target(), report.programFeatures(),
                report.phases(), report.items().stream().map(row -> latest(signOffs, row.id())
                        .map(s -> signed(row, s)).orElse(row)).toList(), report.contractCoverage(), report.shard(),
                signOffs));
    }

    /**
     * The coverage files with {@code preflightDocument} (a preflight's {@code --json}) deciding the Phase 2 items it
     * checked, as a run holding it would. Empty when the bundle holds no run's coverage matrix.
     */
    public static Map<String, byte[]> preflight(Path bundle, byte[] preflightDocument) {
        PreflightInCoverage preflight;
        try {
            preflight = PreflightInCoverage.parse(preflightDocument);
        } catch (IOException e) {
            throw new IllegalArgumentException("the preflight results are not JSON", e);
        }
        return rewrite(bundle, report -> {
            List<CoverageRow> rows = report.items().stream().map(row -> preflight.apply(row, report.target()))
                    .toList();
            return new CoverageReport(report.runId(), report.target(), report.programFeatures(),
                    PhaseTally.of(Checklist.load().phases(), rows), rows, report.contractCoverage(), report.shard(),
                    report.signOffs());
        });
    }

    /** Whether {@code item} is an item of the bundle's coverage matrix. */
    public static boolean lists(Path bundle, String item) {
        return read(bundle).map(report -> report.items().stream().anyMatch(row -> row.id().equals(item)))
                .orElse(false);
    }

    private static Map<String, byte[]> rewrite(Path bundle, UnaryOperator<CoverageReport> change) {
        return read(bundle).map(change).map(amended -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(FILES.get(0), ReportWriter.json(amended).getBytes(StandardCharsets.UTF_8));
            files.put(FILES.get(1), CoverageMarkdown.render(amended).getBytes(StandardCharsets.UTF_8));
            return files;
        }).orElse(Map.of());
    }

    private static Optional<CoverageReport> read(Path bundle) {
        Path json = bundle.resolve(FILES.get(0));
        try {
            if (!Files.isRegularFile(json) || !READER.readTree(json.toFile()).has("items")) {
                return Optional.empty(); // not a run's coverage matrix (nothing to show the amendment in)
            }
            return Optional.of(READER.readValue(json.toFile(), CoverageReport.class));
        } catch (IOException e) {
            throw new com.axys.golive.HarnessException(com.axys.golive.HarnessException.Category.EVIDENCE,
                    "cannot read the coverage of " + bundle + " (" + e.getClass().getSimpleName() + "); check it"
                    + " with 'golive evidence verify " + bundle + "'", e);
        }
    }

    private static CoverageRow signed(CoverageRow row, SignOffRecord s) {
        return new CoverageRow(row.id(), row.phase(), row.section(), row.text(), row.automation(), row.how(),
                row.applicability(), row.applies(), row.result(), row.provenOn(), row.scenarios(), row.evidence(),
                new SignOff(s.by(), s.at(), s.ref()));
    }

    private static Optional<SignOffRecord> latest(List<SignOffRecord> signOffs, String item) {
        SignOffRecord found = null;
        for (SignOffRecord s : signOffs) {
            if (s.item().equals(item)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
