package com.axys.golive.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Phase 2 items a preflight checked ({@code golive preflight}), decided by its results: the bundle's
 * {@code preflight.json}, the preflight's {@code --json} document, written by the preflight into its own bundle or
 * into a run's ({@code --into RUN}). Each check becomes an entry of its items' scenarios ({@code preflight: <check>})
 * and takes part in the result: any FAIL fails the item, all PASS passes it, a WARN leaves it incomplete, and a
 * check that could not run (SKIP) adds nothing. Only Phase 2 items take part: Phase 3's are for verify-production.
 */
final class PreflightInCoverage {

    static final String FILE = "preflight.json";
    static final PreflightInCoverage NONE = new PreflightInCoverage(List.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ItemResult> WORST_FIRST = List.of(ItemResult.FAILED, ItemResult.PENDING,
            ItemResult.INCOMPLETE, ItemResult.PASSED);

    record Check(String check, List<String> checklistIds, String result, String detail) { }

    private final List<Check> checks;

    private PreflightInCoverage(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The bundle's preflight results, or none when it holds no {@value #FILE}. */
    static PreflightInCoverage read(Path bundleDir) {
        Path file = bundleDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static PreflightInCoverage parse(byte[] document) throws IOException {
        List<Check> checks = new ArrayList<>();
        for (JsonNode c : JSON.readTree(document).path("checks")) {
            List<String> ids = new ArrayList<>();
            c.path("checklistIds").forEach(id -> ids.add(id.asText()));
            checks.add(new Check(c.path("check").asText(), ids, c.path("result").asText(), c.path("detail").asText()));
        }
        return new PreflightInCoverage(checks);
    }

    /** The row with this preflight's say in it (the row as it was when no check of it ran). */
    CoverageRow apply(CoverageRow row, RunTarget target) {
        List<Check> mine = checks.stream().filter(c -> c.checklistIds().contains(row.id())).toList();
        if (mine.isEmpty() || row.phase() != 2 || !row.applies() || row.result() == ItemResult.MANUAL) {
            return row;
        }
        List<ScenarioRun> scenarios = new ArrayList<>(row.scenarios());
        mine.forEach(c -> scenarios.add(new ScenarioRun("preflight: " + c.check(), FILE, status(c), 0)));
        ItemResult result = combined(row, of(mine));
        return new CoverageRow(row.id(), row.phase(), row.section(), row.text(), row.automation(), row.how(),
                row.applicability(), row.applies(), result, ProvenOn.of(result, target), scenarios, row.evidence(),
                row.signOff());
    }

    private static ItemResult of(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.result().equals("FAIL"))) {
            return ItemResult.FAILED;
        }
        if (checks.stream().allMatch(c -> c.result().equals("PASS"))) {
            return ItemResult.PASSED;
        }
        return checks.stream().allMatch(c -> c.result().equals("SKIP")) ? ItemResult.NOT_RUN : ItemResult.INCOMPLETE;
    }

    private static ItemResult combined(CoverageRow row, ItemResult preflight) {
        ItemResult run = row.result();
        if (preflight == ItemResult.NOT_RUN) {
            return run;
        }
        if (run == ItemResult.NOT_RUN) {
            // scenarios of the item that did not run keep a passing preflight from proving it alone
            return row.scenarios().isEmpty() || preflight != ItemResult.PASSED ? preflight : ItemResult.INCOMPLETE;
        }
        for (ItemResult worst : WORST_FIRST) {
            if (run == worst || preflight == worst) {
                return worst;
            }
        }
        return run;
    }

    private static String status(Check c) {
        return switch (c.result()) {
            case "PASS" -> "passed";
            case "FAIL" -> "failed";
            case "WARN" -> "warned";
            default -> "not run: the preflight could not check it: " + c.detail();
        };
    }
}
