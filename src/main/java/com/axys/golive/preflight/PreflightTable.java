package com.axys.golive.preflight;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as text for a terminal: one aligned row per check (check, checklist ids, result, detail), the fix and
 * any notes indented under the detail, then the commands to repeat the checks by hand, then the verdict.
 */
public final class PreflightTable {

    private static final List<String> HEADER = List.of("CHECK", "CHECKLIST", "RESULT", "DETAIL");

    private PreflightTable() { }

    public static void print(PreflightReport report, PrintWriter out) {
        int nameWidth = width(HEADER.get(0), report.results().stream().map(CheckResult::check).toList());
        int idsWidth = width(HEADER.get(1), report.results().stream().map(r -> ids(r.checklistIds())).toList());
        String format = "%-" + nameWidth + "s  %-" + idsWidth + "s  %-6s  %s%n";
        String indent = " ".repeat(nameWidth + idsWidth + 6 + 6);
        out.printf(format, HEADER.toArray());
        for (CheckResult result : report.results()) {
            out.printf(format, result.check(), ids(result.checklistIds()), result.status(), result.detail());
            if (!result.fix().isEmpty()) {
                out.println(indent + "fix: " + result.fix());
            }
            result.notes().forEach(note -> out.println(indent + note));
        }
        List<String> commands = report.results().stream().flatMap(r -> r.commands().stream()).distinct().toList();
        if (!commands.isEmpty()) {
            out.println();
            out.println("To check by hand:");
            commands.forEach(command -> out.println("  " + command));
        }
        out.println();
        out.println("Preflight " + report.verdictLine());
        out.flush();
    }

    /** {@code P2.NET.03/04/05}, {@code P2.NET.06, P3.01}: ids sharing a prefix are written once. */
    static String ids(List<String> ids) {
        Map<String, List<String>> byPrefix = new LinkedHashMap<>();
        for (String id : ids) {
            int dot = id.lastIndexOf('.');
            byPrefix.computeIfAbsent(dot < 0 ? id : id.substring(0, dot + 1), p -> new ArrayList<>())
                    .add(dot < 0 ? "" : id.substring(dot + 1));
        }
        List<String> groups = new ArrayList<>();
        byPrefix.forEach((prefix, suffixes) -> groups.add(prefix + String.join("/", suffixes)));
        return String.join(", ", groups);
    }

    private static int width(String header, List<String> values) {
        return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
    }
}
