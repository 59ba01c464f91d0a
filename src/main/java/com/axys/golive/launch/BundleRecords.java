package com.axys.golive.launch;

import com.axys.golive.evidence.EvidenceFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what the table needs back from a run's bundle (open or closed): how each scenario ended, and which entities
 * the run's calls created. The evidence is the source, so the table says nothing the bundle cannot back up.
 */
public final class BundleRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CREATIONS = Set.of("createCardholder", "issueVirtualCard", "issuePhysicalCard");

    private BundleRecords() {
    }

    /** Every line of {@code scenarios.jsonl}, in the order the scenarios ended. */
    public static List<ScenarioOutcome> scenarios(Path bundle) {
        return read(bundle.resolve(EvidenceFiles.SCENARIOS), n -> new ScenarioOutcome(n.path("scenario").asText(),
                strings(n.path("tags")), strings(n.path("checklist")), n.path("status").asText("unknown"),
                n.hasNonNull("failure") ? n.path("failure").asText() : null));
    }

    /** The run the bundle's scenarios continued ({@code "continues"} in {@code scenarios.jsonl}), if any. */
    public static java.util.Optional<String> continued(Path bundle) {
        return read(bundle.resolve(EvidenceFiles.SCENARIOS), n -> n.path("continues").asText("")).stream()
                .filter(run -> !run.isEmpty()).findFirst();
    }

    /** The cardholders and cards the run created (answers 200 to a creation call), in call order. */
    public static List<CreatedEntity> created(Path bundle) {
        List<CreatedEntity> created = new ArrayList<>();
        read(bundle.resolve(EvidenceFiles.CALLS), n -> n).stream()
                .filter(n -> CREATIONS.contains(n.path("operationId").asText()) && n.path("status").asInt() == 200)
                .forEach(n -> {
                    JsonNode body = n.path("response").path("body");
                    boolean holder = n.path("operationId").asText().equals("createCardholder");
                    JsonNode id = body.path(holder ? "cardholderId" : "cardId");
                    if (id.canConvertToLong()) {
                        created.add(new CreatedEntity(holder ? CreatedEntity.Kind.CARDHOLDER : CreatedEntity.Kind.CARD,
                                id.asLong(), n.path("scenario").asText()));
                    }
                });
        return created;
    }

    private static <T> List<T> read(Path file, Function<JsonNode, T> mapper) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<T> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    records.add(mapper.apply(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " for the pass-criteria table; check the bundle"
                    + " with 'golive evidence verify'", e);
        }
        return records;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
