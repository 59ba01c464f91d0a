package com.axys.golive.proxy;

import com.axys.golive.checklist.Checklist;
import com.axys.golive.checklist.ChecklistItem;
import com.axys.golive.evidence.EvidenceFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which checklist items the Program's own traffic exercised, read from the bundle's calls.jsonl alone: an item is
 * <em>exercised by the integration</em> when a call of one of its operations appears, with the statuses the target
 * answered. It is never "passed": nothing here judges whether the backend did the right thing. Items that name no
 * operation (error handling, onboarding, launch day) are not derived from traffic; the status mix is listed for
 * the error-handling items to be read against.
 */
record ProxyCoverage(String rule, List<Item> items, Map<String, Map<String, Long>> operations,
                     Map<String, Long> statuses) {

    static final String FILE_JSON = "proxy-coverage.json";
    static final String FILE_MD = "proxy-coverage.md";
    static final String RULE = "exercised by the integration = at least one call of one of the item's operations"
            + " appears in calls.jsonl (any status); never 'passed'. Items naming no operation are not derived";

    /** @param calls the seq of the first calls of its operations (at most 20) */
    record Item(String id, int phase, String text, List<String> operations, String result, long callCount,
                Map<String, Long> statuses, List<Long> calls) { }

    static ProxyCoverage of(Path bundleDir, Checklist checklist) {
        Map<String, Map<String, Long>> byOperation = new TreeMap<>();
        Map<String, List<Long>> seqs = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        for (JsonNode call : calls(bundleDir.resolve(EvidenceFiles.CALLS))) {
            String status = call.path("status").asInt() < 0 ? "no answer" : call.path("status").asText();
            statuses.merge(status, 1L, Long::sum);
            String op = call.path("operationId").asText("");
            if (op.isEmpty() || call.path("operationId").isNull()) {
                op = "(outside the contract)";
            }
            byOperation.computeIfAbsent(op, k -> new TreeMap<>()).merge(status, 1L, Long::sum);
            seqs.computeIfAbsent(op, k -> new ArrayList<>()).add(call.path("seq").asLong());
        }
        List<Item> items = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            Map<String, Long> seen = new TreeMap<>();
            List<Long> at = new ArrayList<>();
            for (String op : item.operations()) {
                byOperation.getOrDefault(op, Map.of()).forEach((s, n) -> seen.merge(s, n, Long::sum));
                at.addAll(seqs.getOrDefault(op, List.of()));
            }
            long count = seen.values().stream().mapToLong(Long::longValue).sum();
            String result = item.operations().isEmpty() ? "not derived from traffic"
                    : count > 0 ? "exercised by the integration" : "not exercised";
            items.add(new Item(item.id(), item.phase(), item.text(), item.operations(), result, count, seen,
                    at.stream().sorted().limit(20).toList()));
        }
        return new ProxyCoverage(RULE, items, byOperation, statuses);
    }

    long exercised() {
        return items.stream().filter(i -> i.result().equals("exercised by the integration")).count();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Checklist items the integration exercised (golive proxy)\n\n");
        md.append("Rule: ").append(rule).append(".\n\n");
        md.append("## Operations and statuses seen\n\n| operation | statuses (count) |\n|---|---|\n");
        operations.forEach((op, s) -> md.append("| ").append(op).append(" | ").append(mix(s)).append(" |\n"));
        md.append("\nAll calls: ").append(statuses.isEmpty() ? "none" : mix(statuses)).append("\n\n");
        md.append("## Items\n\n| item | result | calls | statuses |\n|---|---|---|---|\n");
        for (Item i : items) {
            if (!i.operations().isEmpty()) {
                md.append("| ").append(i.id()).append(" ").append(i.text().replace("|", "\\|")).append(" | ")
                        .append(i.result()).append(" | ").append(i.callCount()).append(" | ")
                        .append(i.statuses().isEmpty() ? "" : mix(i.statuses())).append(" |\n");
            }
        }
        md.append("\n").append(items.stream().filter(i -> i.operations().isEmpty()).count())
                .append(" items name no operation and are not derived from traffic (see coverage.md).\n");
        return md.toString();
    }

    private static String mix(Map<String, Long> statuses) {
        return String.join(", ", statuses.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).toList());
    }

    private static List<JsonNode> calls(Path file) {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " for the proxy coverage", e);
        }
        return out;
    }
}
