package com.axys.golive.report;

import com.axys.golive.checklist.Checklist;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
     * Shows {@code signOffs} (all of the bundle's, oldest first) in its coverage: each signed item's sign-off block
     * carries its latest sign-off, and the list closes coverage.md. The item's result stays the run's: a sign-off is
     * a person's statement beside the evidence.
     */
    public static void signOffs(Path bundle, List<SignOffRecord> signOffs) {
        rewrite(bundle, report -> new CoverageReport(report.runId(), report.target(), report.programFeatures(),
                report.phases(), report.items().stream().map(row -> latest(signOffs, row.id())
                        .map(s -> signed(row, s)).orElse(row)).toList(), report.contractCoverage(), report.shard(),
                signOffs));
    }

    /** Lets the bundle's {@value #PREFLIGHT_FILE} decide the Phase 2 items it checked, as a run holding it would. */
    public static void preflight(Path bundle) {
        PreflightInCoverage preflight = PreflightInCoverage.read(bundle);
        rewrite(bundle, report -> {
            List<CoverageRow> rows = report.items().stream().map(row -> preflight.apply(row, report.target()))
                    .toList();
            return new CoverageReport(report.runId(), report.target(), report.programFeatures(),
                    PhaseTally.of(Checklist.load().phases(), rows), rows, report.contractCoverage(), report.shard(),
                    report.signOffs());
        });
    }

    private static void rewrite(Path bundle, UnaryOperator<CoverageReport> change) {
        Path json = bundle.resolve(FILES.get(0));
        try {
            if (!READER.readTree(json.toFile()).has("items")) {
                return; // not a run's coverage matrix (nothing to show the amendment in)
            }
            CoverageReport amended = change.apply(READER.readValue(json.toFile(), CoverageReport.class));
            Files.writeString(json, ReportWriter.json(amended), StandardCharsets.UTF_8);
            Files.writeString(bundle.resolve(FILES.get(1)), CoverageMarkdown.render(amended), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot amend the coverage of " + bundle, e);
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
