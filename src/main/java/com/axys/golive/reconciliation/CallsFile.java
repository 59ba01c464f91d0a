package com.axys.golive.reconciliation;

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

/** Reads a bundle's {@code calls.jsonl} back from disk, in file (call) order. */
final class CallsFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CallsFile() {
    }

    static List<CallLine> read(Path bundleDir) {
        Path file = bundleDir.resolve(EvidenceFiles.CALLS);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("evidence bundle " + bundleDir + " has no " + EvidenceFiles.CALLS
                    + "; write the reconciliation into the folder of an open EvidenceRun, before it is closed");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to write the reconciliation", e);
        }
        List<CallLine> calls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = MAPPER.readTree(lines.get(i));
                calls.add(new CallLine(n.path("seq").asLong(i + 1), text(n, "scenario"), text(n, "operationId"),
                        text(n, "path"), n.path("status").asInt(-1), n.path("request").get("body"),
                        n.path("response").get("body")));
            } catch (JsonProcessingException | RuntimeException e) {
                throw new IllegalStateException(EvidenceFiles.CALLS + " line " + (i + 1) + " of " + bundleDir
                        + " is not a readable evidence record (" + e.getClass().getSimpleName() + "); the bundle is"
                        + " damaged, check it with 'golive evidence verify'", e);
            }
        }
        return calls;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
