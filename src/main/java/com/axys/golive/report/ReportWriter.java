package com.axys.golive.report;

import com.axys.golive.checklist.Checklist;
import com.axys.golive.contract.ContractCatalog;
import com.axys.golive.evidence.OwnerOnly;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the bundle's human-facing reports: {@code coverage.json/.md}, {@code drift.json/.md} and
 * {@code summary.md/.html}. Call it once at the end of a run, after the last record and BEFORE the evidence run is
 * closed, so that the manifest hashes these files with the rest. It reads only the bundle's (redacted) JSONL
 * streams, the shipped checklist and contract, and {@link RunFacts}.
 */
public final class ReportWriter {

    /** Where the Allure HTML report sits in a bundle when the run built one. */
    static final String ALLURE_INDEX = "report/index.html";

    /** The long tables of the auditor's page (every transition, every handled error), linked from it. */
    static final String APPENDIX = "appendix.html";

    /** The files {@link #write} creates in the bundle folder, in the order written. */
    public static final List<String> FILES = List.of("coverage.json", "coverage.md", "drift.json", "drift.md",
            "summary.md", "summary.html", APPENDIX);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /**
     * Reads the bundle in {@code bundleDir} and writes the six report files into it (replacing earlier ones).
     *
     * @return the files written
     * @throws IllegalStateException when a stream is missing or a line is unreadable (the message names it)
     * @throws UncheckedIOException  when a report cannot be written
     */
    public static List<Path> write(Path bundleDir, RunFacts facts) {
        Objects.requireNonNull(bundleDir, "bundleDir");
        Objects.requireNonNull(facts, "facts");
        Bundle bundle = BundleReader.read(bundleDir);
        Checklist checklist = Checklist.load();
        ContractCatalog catalog = ContractCatalog.fromClasspath();
        RunTarget target = RunTarget.of(facts);

        List<CoverageRow> rows = new CoverageMatrix(bundle, facts.programFeatures(), target,
                Phase3Table.read(bundleDir), PreflightInCoverage.read(bundleDir)).rows(checklist);
        CoverageReport coverage = new CoverageReport(facts.runId(), target, List.copyOf(facts.sortedFeatures()),
                PhaseTally.of(checklist.phases(), rows), rows, ContractCoverage.of(catalog, bundle.calls()),
                bundle.split());
        DriftReport drift = drift(facts, target, bundle, catalog);
        RunReport run = new RunReport(facts, target, bundle, ScenarioTally.of(bundle.scenarios()), coverage, drift,
                EndpointVolume.of(bundle.calls()), EndpointVolume.statusMix(bundle.calls()),
                com.axys.golive.reconciliation.ReconciliationFindings.read(bundleDir));

        List<Path> written = new ArrayList<>();
        written.add(save(bundleDir, "coverage.json", json(coverage)));
        written.add(save(bundleDir, "coverage.md", CoverageMarkdown.render(coverage)));
        written.add(save(bundleDir, "drift.json", json(drift)));
        written.add(save(bundleDir, "drift.md", DriftMarkdown.render(drift)));
        boolean allure = java.nio.file.Files.exists(bundleDir.resolve(ALLURE_INDEX));
        written.add(save(bundleDir, "summary.md", SummaryMarkdown.render(run)
                + (allure ? "\nScenario by scenario, with every step: [the Allure report](" + ALLURE_INDEX + ").\n" : "")));
        written.add(save(bundleDir, "summary.html", SummaryHtml.render(run, allure)));
        written.add(save(bundleDir, APPENDIX, SummaryHtml.appendix(run)));
        return List.copyOf(written);
    }

    private static DriftReport drift(RunFacts facts, RunTarget target, Bundle bundle, ContractCatalog catalog) {
        DriftAnalysis analysis = new DriftAnalysis(bundle.calls());
        List<DriftVerdict> verdicts = analysis.verdicts(catalog.inferredFacts());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FactStatus verdict : FactStatus.values()) {
            counts.put(verdict.label(), verdicts.stream().filter(v -> v.verdict() == verdict).count());
        }
        return new DriftReport(facts.runId(), target, DriftAnalysis.RULE, counts, verdicts,
                analysis.outsideContract());
    }

    static String json(Object report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + report.getClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static Path save(Path dir, String name, String content) {
        Path file = dir.resolve(name);
        try {
            return OwnerOnly.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file + " (" + e.getClass().getSimpleName()
                    + "); the evidence pack lacks it, check the folder is writable and the disk not full", e);
        }
    }
}
