package com.axys.golive.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects inferred facts in contract order. The same location reached twice (e.g. a field both in
 * {@code ErrorEnvelope} and in a per-status overlay of it) is one fact: the first mark wins.
 */
final class FactSink {

    private final Map<String, InferredFact> facts = new LinkedHashMap<>();

    void add(String id, String operationId, String statement, String reason) {
        facts.putIfAbsent(id, new InferredFact(id, operationId, statement + " (inferred: " + reason + ")"));
    }

    List<InferredFact> facts() {
        return List.copyOf(facts.values());
    }
}
