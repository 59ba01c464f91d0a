package com.axys.golive.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The results of the Phase 3 pass-criteria table ({@code production-verification.json}) as coverage reads them: a
 * test the table put at WARN or FAIL caps its checklist item, whatever its scenarios did, so coverage never reads
 * "passed" for a test the verdict line calls open.
 */
record Phase3Table(Map<String, Row> byChecklistId) {

    /** The file {@code golive verify-production} writes into the bundle before the reports. */
    static final String FILE = "production-verification.json";

    /** One test's result ({@code PASS}, {@code FAIL}, {@code WARN}, {@code MANUAL}) and its notes. */
    record Row(int test, String result, String notes) {
    }

    Phase3Table {
        byChecklistId = Map.copyOf(byChecklistId);
    }

    static Phase3Table none() {
        return new Phase3Table(Map.of());
    }

    /** The table in {@code bundleDir}, or none when the run was not a production verification. */
    static Phase3Table read(Path bundleDir) {
        Path file = bundleDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, Row> rows = new LinkedHashMap<>();
            for (JsonNode test : root.path("tests")) {
                String id = test.path("checklistId").asText("");
                if (!id.isEmpty()) {
                    rows.put(id, new Row(test.path("test").asInt(), test.path("result").asText(""),
                            test.path("notes").asText("")));
                }
            }
            return new Phase3Table(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " in " + bundleDir + " is unreadable: " + e.getMessage(), e);
        }
    }

    Optional<Row> row(String checklistId) {
        return Optional.ofNullable(byChecklistId.get(checklistId));
    }

    /**
     * The item's result once the table has had its say: FAIL fails it; WARN leaves a passed item incomplete (the
     * test ran but did not show all the runbook asks); PASS and MANUAL change nothing the scenarios decided.
     */
    ItemResult cap(String checklistId, ItemResult fromScenarios) {
        return row(checklistId).map(row -> switch (row.result()) {
            case "FAIL" -> ItemResult.FAILED;
            case "WARN" -> fromScenarios == ItemResult.PASSED ? ItemResult.INCOMPLETE : fromScenarios;
            default -> fromScenarios;
        }).orElse(fromScenarios);
    }
}
