package com.axys.golive.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pass-criteria table as the on-call engineer reads it (Markdown, aligned so that a terminal shows it as a table)
 * and as machines read it (JSON). Both are written into the bundle as {@value #MARKDOWN} and {@value #JSON_FILE}.
 */
public final class VerificationTableText {

    public static final String MARKDOWN = "production-verification.md";
    public static final String JSON_FILE = "production-verification.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> HEADER = List.of("Test", "Pass criteria", "Result", "Notes");

    private VerificationTableText() {
    }

    /** The table, its tally and the cleanup list, as Markdown. */
    public static String markdown(VerificationTable table) {
        StringBuilder md = new StringBuilder("# Phase 3 production verification\n\n");
        if (table.rehearsal()) {
            md.append("**REHEARSAL against ").append(table.targetName()).append(", not production.** This table"
                    + " proves the procedure, not the production integration; it does not count for Phase 3.\n\n");
        }
        md.append("Run ").append(table.runId()).append(", target ").append(table.targetName()).append(' ')
                .append(table.baseUrl()).append(".\n\n");
        if (table.continues() != null) {
            md.append(continuesLine(table)).append("\n\n");
        }
        md.append(grid(table)).append('\n');
        md.append("Result: ").append(table.tally()).append(".\n\n");
        md.append("Verdict: ").append(table.verdict()).append(".\n\n");
        md.append("## Test entities to clean up\n\n").append(cleanup(table));
        return md.toString();
    }

    /** The four-column table alone, columns padded to their widest cell. */
    public static String grid(VerificationTable table) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (VerificationRow row : table.rows()) {
            cells.add(List.of(row.test().number() + ". " + row.test().name(), row.test().passCriteria(),
                    row.result().name(), row.notes()).stream().map(VerificationTableText::cell).toList());
        }
        int[] width = new int[HEADER.size()];
        for (List<String> r : cells) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            grid.append(line(cells.get(i), width));
            if (i == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : width) {
                    rule.add("-".repeat(w));
                }
                grid.append(line(rule, width));
            }
        }
        return grid.toString();
    }

    /** One line per created entity, with how to remove it. */
    public static String cleanup(VerificationTable table) {
        if (table.created().isEmpty()) {
            return "Nothing was created.\n";
        }
        StringBuilder text = new StringBuilder();
        for (CreatedEntity entity : table.created()) {
            text.append("- ").append(entity.label());
            if (entity.kind() == CreatedEntity.Kind.CARDHOLDER) {
                text.append(" (last name ").append(TestCardholderIdentity.LAST_NAME).append(')');
            }
            text.append(": ").append(table.simulator() ? "held by the embedded simulator, discarded when the run"
                    + " ended; nothing to clean up" : entity.kind().cleanup()).append('\n');
        }
        return text.toString();
    }

    public static String json(VerificationTable table) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("runId", table.runId());
        root.put("target", table.targetName());
        root.put("baseUrl", table.baseUrl());
        root.put("rehearsal", table.rehearsal());
        if (table.continues() != null) {
            root.put("continues", table.continues());
        }
        ArrayNode rows = root.putArray("tests");
        for (VerificationRow row : table.rows()) {
            ObjectNode r = rows.addObject();
            r.put("test", row.test().number());
            r.put("checklistId", row.test().checklistId());
            r.put("name", row.test().name());
            r.put("passCriteria", row.test().passCriteria());
            r.put("result", row.result().name());
            r.put("notes", row.notes());
        }
        ObjectNode tally = root.putObject("tally");
        for (Result result : Result.values()) {
            tally.put(result.name(), table.count(result));
        }
        root.put("verdict", table.verdict());
        ArrayNode cleanup = root.putArray("cleanup");
        for (CreatedEntity entity : table.created()) {
            ObjectNode e = cleanup.addObject();
            e.put("kind", entity.kind().name().toLowerCase(java.util.Locale.ROOT));
            e.put(entity.kind().idName(), entity.id());
            e.put("scenario", entity.scenario());
            e.put("how", table.simulator() ? "nothing to clean up (embedded simulator)" : entity.kind().cleanup());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the pass-criteria table as JSON", e);
        }
    }

    /** What a continuing run's table rests on: the run it continues, whose bundle holds the rest of the calls. */
    public static String continuesLine(VerificationTable table) {
        return "Continues run " + table.continues() + " (verify-production --continue): it adopted that run's test"
                + " cardholder instead of creating another; the rows marked \"in run " + table.continues() + "\" are"
                + " that run's, and its bundle holds their calls: keep both bundles together.";
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(' ').append(cell).append(" ".repeat(width[c] - cell.length())).append(" |");
        }
        return line.append('\n').toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
