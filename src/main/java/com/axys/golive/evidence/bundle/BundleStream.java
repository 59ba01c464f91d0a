package com.axys.golive.evidence.bundle;

import com.axys.golive.evidence.EvidenceFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One hash-chained stream of the bundle and the record type of its lines: the one place a line becomes JSON (for
 * the writer, before the chain adds {@code prevHash}) and JSON becomes a line again (for every reader).
 */
public final class BundleStream<T> {

    /** What writes the lines: a record's components, in declared order, are the line's fields. */
    static final ObjectMapper WRITER = new ObjectMapper();
    /** What reads them: {@code prevHash} and fields a newer harness adds are not part of the model. */
    static final ObjectMapper READER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static final BundleStream<CallLine> CALLS = new BundleStream<>(EvidenceFiles.CALLS, CallLine.class);
    public static final BundleStream<ScenarioLine> SCENARIOS =
            new BundleStream<>(EvidenceFiles.SCENARIOS, ScenarioLine.class);
    public static final BundleStream<TransitionLine> TRANSITIONS =
            new BundleStream<>(EvidenceFiles.TRANSITIONS, TransitionLine.class);
    public static final BundleStream<ErrorLine> ERRORS = new BundleStream<>(EvidenceFiles.ERRORS, ErrorLine.class);

    private final String file;
    private final Class<T> type;

    private BundleStream(String file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    /** The stream's file name in the bundle ({@code calls.jsonl}). */
    public String file() {
        return file;
    }

    /** The line as the chain writes it (the chain adds {@code prevHash} last). */
    public ObjectNode write(T line) {
        return WRITER.valueToTree(line);
    }

    /** One line of the file back as its record. */
    public T read(String json) throws JsonProcessingException {
        if (type != ErrorLine.class) {
            return READER.readValue(json, type);
        }
        JsonNode node = READER.readTree(json);
        Class<? extends ErrorLine> shape = node.has("callSeq") ? CallError.class
                : node.has("attempt") ? ConnectionRefusal.class : RequestRefusal.class;
        return type.cast(READER.treeToValue(node, shape));
    }

    @Override
    public String toString() {
        return file;
    }
}
