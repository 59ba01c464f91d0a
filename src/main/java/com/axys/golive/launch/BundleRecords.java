package com.axys.golive.launch;

import com.axys.golive.evidence.bundle.Bundle;
import com.axys.golive.evidence.bundle.BundleStream;
import com.axys.golive.evidence.bundle.CallLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads what the table needs back from a run's bundle (open or closed), through the bundle model: how each
 * scenario ended, and which entities the run's calls created. The evidence is the source, so the table says nothing
 * the bundle cannot back up.
 */
public final class BundleRecords {

    private static final Set<String> CREATIONS = Set.of("createCardholder", "issueVirtualCard", "issuePhysicalCard");

    private BundleRecords() {
    }

    /** Every line of {@code scenarios.jsonl}, in the order the scenarios ended. */
    public static List<ScenarioOutcome> scenarios(Path bundle) {
        return Bundle.open(bundle).all(BundleStream.SCENARIOS).stream().map(s -> new ScenarioOutcome(s.scenario(),
                s.tags(), s.checklist(), s.status() == null ? "unknown" : s.status(), s.failure())).toList();
    }

    /** The run the bundle's scenarios continued ({@code continues} in {@code scenarios.jsonl}), if any. */
    public static Optional<String> continued(Path bundle) {
        return Bundle.open(bundle).all(BundleStream.SCENARIOS).stream().map(s -> s.continues())
                .filter(run -> run != null && !run.isEmpty()).findFirst();
    }

    /** The cardholders and cards the run created (answers 200 to a creation call), in call order. */
    public static List<CreatedEntity> created(Path bundle) {
        Bundle evidence = Bundle.open(bundle);
        if (!evidence.has(BundleStream.CALLS)) {
            return List.of();
        }
        try (Stream<CallLine> calls = evidence.calls()) {
            // a call no operation serves has a null operationId, and Set.of(...).contains(null) throws
            return calls.filter(c -> c.operationId() != null && CREATIONS.contains(c.operationId())
                            && c.status() == 200)
                    .map(BundleRecords::entity).flatMap(Optional::stream).toList();
        }
    }

    private static Optional<CreatedEntity> entity(CallLine call) {
        boolean holder = call.is("createCardholder");
        CreatedEntity.Kind kind = holder ? CreatedEntity.Kind.CARDHOLDER : CreatedEntity.Kind.CARD;
        JsonNode body = call.response().body();
        JsonNode id = body == null ? null : body.path(kind.idName());
        return id != null && id.canConvertToLong()
                ? Optional.of(new CreatedEntity(kind, id.asLong(), call.scenario() == null ? "" : call.scenario()))
                : Optional.empty();
    }
}
