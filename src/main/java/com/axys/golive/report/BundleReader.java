package com.axys.golive.report;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.bundle.BundleStream;
import com.axys.golive.evidence.bundle.CallLine;
import com.axys.golive.evidence.bundle.ErrorLine;
import com.axys.golive.evidence.bundle.ScenarioLine;
import com.axys.golive.evidence.bundle.TransitionLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Reads a bundle's JSONL streams back from disk, through the bundle model ({@code evidence.bundle}), into the
 * reports' views of them. These files are the reports' only source of run data: they were redacted when written,
 * so nothing a report shows can be more than the bundle already holds.
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
        return new Bundle(reader.lines(BundleStream.CALLS, BundleReader::call),
                reader.lines(BundleStream.SCENARIOS, BundleReader::scenario),
                reader.lines(BundleStream.TRANSITIONS, BundleReader::transition),
                reader.lines(BundleStream.ERRORS, BundleReader::error), leftOut(selection),
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

    private <L, T> List<T> lines(BundleStream<L> stream, BiFunction<Integer, L, T> mapper) {
        com.axys.golive.evidence.bundle.Bundle bundle = com.axys.golive.evidence.bundle.Bundle.open(dir);
        if (!bundle.has(stream)) {
            throw new IllegalStateException("evidence bundle " + dir + " has no " + stream.file() + "; write the"
                    + " reports into the folder of an open EvidenceRun, before it is closed");
        }
        List<T> records = new ArrayList<>();
        try (Stream<L> lines = bundle.lines(stream)) {
            lines.forEachOrdered(line -> records.add(mapper.apply(records.size() + 1, line)));
        }
        return records;
    }

    private static CallRecord call(int line, CallLine c) {
        return new CallRecord(c.seq(), c.scenario(), c.feature(), c.checklist(), c.method(), c.operationId(),
                c.pathTemplate(), c.path(), c.status(), c.contract().result(), c.contract().violations(),
                headerNames(c.response().headers().keySet()), c.request().body(), c.response().body());
    }

    private static ScenarioRecord scenario(int line, ScenarioLine s) {
        return new ScenarioRecord(line, s.scenario(), s.feature(), s.checklist(),
                s.status() == null ? "unknown" : s.status().toLowerCase(Locale.ROOT), s.durationMs(), s.failure(),
                s.continues());
    }

    private static TransitionRecord transition(int line, TransitionLine t) {
        return new TransitionRecord(line, t.entity(), t.id(), t.field(), t.from(), t.to(), t.observedAt(),
                t.callSeq(), t.scenario(), t.allowedByStateMachine(), t.rule());
    }

    private static ErrorRecord error(int line, ErrorLine e) {
        return new ErrorRecord(line, e.callSeq(), e.scenario(), e.checklist(), e.method(), e.path(), e.attempt(),
                e.status(), e.code(), e.message(), e.classification(), e.action(), e.failure());
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

    private static Set<String> headerNames(Set<String> headers) {
        Set<String> names = new TreeSet<>();
        headers.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return names;
    }
}
