package com.axys.golive.report;

import com.axys.golive.evidence.EvidenceFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Reads a bundle's JSONL streams back from disk. These files are the reports' only source of run data: they were
 * redacted when written, so nothing a report shows can be more than the bundle already holds.
 */
final class BundleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;

    private BundleReader(Path dir) {
        this.dir = dir;
    }

    static Bundle read(Path dir) {
        BundleReader reader = new BundleReader(dir);
        JsonNode selection = reader.selection();
        return new Bundle(reader.lines(EvidenceFiles.CALLS, BundleReader::call),
                reader.lines(EvidenceFiles.SCENARIOS, BundleReader::scenario),
                reader.lines(EvidenceFiles.TRANSITIONS, BundleReader::transition),
                reader.lines(EvidenceFiles.ERRORS, BundleReader::error), leftOut(selection),
                split(selection));
    }

    /** The split a part of a sharded run belongs to, from its {@code selection.json}; null for a whole run. */
    private static Bundle.Split split(JsonNode selection) {
        String part = text(selection, "shard");
        return part == null ? null : new Bundle.Split(part, text(selection, "expression"));
    }

    /** {@code selection.json}, or an empty object when the run wrote no such record. */
    private JsonNode selection() {
        Path file = dir.resolve(EvidenceFiles.SELECTION);
        if (!Files.isRegularFile(file)) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(EvidenceFiles.SELECTION + " of " + dir + " is not readable ("
                    + e.getClass().getSimpleName() + "); the bundle is damaged, check it with 'golive evidence verify'",
                    e);
        }
    }

    /** The counting entries of {@code selection.json}; none when the run wrote no such record. */
    private static List<Bundle.LeftOut> leftOut(JsonNode root) {
        List<Bundle.LeftOut> out = new ArrayList<>();
        for (JsonNode n : root.path("leftOut")) {
            JsonNode rule = root.path("rules").path(n.path("leftOutBy").asText());
            if (rule.path("counts").asBoolean(false)) {
                out.add(new Bundle.LeftOut(n.path("scenario").asText(), text(n, "feature"),
                        strings(n.path("checklist")), rule.path("reason").asText()));
            }
        }
        return out;
    }

    private <T> List<T> lines(String name, BiFunction<Integer, JsonNode, T> mapper) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("evidence bundle " + dir + " has no " + name + "; write the reports"
                    + " into the folder of an open EvidenceRun, before it is closed");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to write the reports", e);
        }
        List<T> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(mapper.apply(i + 1, MAPPER.readTree(lines.get(i))));
            } catch (JsonProcessingException | RuntimeException e) {
                throw new IllegalStateException(name + " line " + (i + 1) + " of " + dir + " is not a readable"
                        + " evidence record (" + e.getClass().getSimpleName() + "); the bundle is damaged, check it"
                        + " with 'golive evidence verify'", e);
            }
        }
        return records;
    }

    private static CallRecord call(int line, JsonNode n) {
        JsonNode contract = n.path("contract");
        return new CallRecord(n.path("seq").asLong(line), text(n, "scenario"), text(n, "feature"),
                strings(n.path("checklist")), n.path("method").asText(), text(n, "operationId"),
                text(n, "pathTemplate"), n.path("path").asText(), n.path("status").asInt(-1),
                contract.path("result").asText("skipped"), strings(contract.path("violations")),
                headerNames(n.path("response").path("headers")), body(n.path("request")), body(n.path("response")));
    }

    private static ScenarioRecord scenario(int line, JsonNode n) {
        return new ScenarioRecord(line, n.path("scenario").asText(), text(n, "feature"), strings(n.path("checklist")),
                n.path("status").asText("unknown").toLowerCase(Locale.ROOT), n.path("durationMs").asLong(),
                text(n, "failure"), text(n, "continues"));
    }

    private static TransitionRecord transition(int line, JsonNode n) {
        JsonNode from = n.path("from");
        return new TransitionRecord(line, n.path("entity").asText(), text(n, "id"), n.path("field").asText(),
                from.isNumber() ? from.asLong() : null, n.path("to").asLong(), text(n, "observedAt"),
                n.path("callSeq").asLong(), text(n, "scenario"), n.path("allowedByStateMachine").asBoolean(true),
                text(n, "rule"));
    }

    private static ErrorRecord error(int line, JsonNode n) {
        JsonNode seq = n.path("callSeq");
        return new ErrorRecord(line, seq.isNumber() ? seq.asLong() : null, text(n, "scenario"),
                strings(n.path("checklist")), text(n, "method"), text(n, "path"), text(n, "attempt"),
                n.path("status").asInt(-1), text(n, "code"), text(n, "message"), text(n, "classification"),
                text(n, "action"), text(n, "failure"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> headerNames(JsonNode headers) {
        Set<String> names = new TreeSet<>();
        headers.fieldNames().forEachRemaining(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return names;
    }

    private static JsonNode body(JsonNode message) {
        JsonNode body = message.get("body");
        return body == null || body.isNull() ? null : body;
    }
}
