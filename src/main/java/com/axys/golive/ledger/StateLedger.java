package com.axys.golive.ledger;

import com.axys.golive.redaction.RedactedExchange;
import com.axys.golive.capture.ExchangeObserver;
import com.axys.golive.capture.ScenarioContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches every successful response for entity states and emits a {@link Transition} whenever one differs from the
 * last value seen (the first sighting included). Entities are recognised by shape, wherever they sit in a body:
 * an object with {@code cardholderId} and an integer {@code status} is a cardholder; with {@code cardId} and
 * {@code issuerCardStatus}/{@code cardStatus} a card; with {@code cardId} and balances a card account; with
 * {@code transId} and an integer {@code status} or {@code transStatus} a transaction.
 */
public final class StateLedger implements ExchangeObserver {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final Map<String, Long> lastResting = new ConcurrentHashMap<>();
    private final Consumer<Transition> sink;

    public StateLedger(Consumer<Transition> sink) {
        this.sink = sink;
    }

    @Override
    public void observe(RedactedExchange exchange, ScenarioContext scenario) {
        if (!exchange.answered() || exchange.status() >= 300 || exchange.responseBody().isEmpty()) {
            return;
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(exchange.responseBody());
        } catch (IOException notJson) {
            return;
        }
        List<Observation> seen = new ArrayList<>();
        collect(body, seen);
        for (Observation o : seen) {
            String key = o.entity + "/" + o.id + "/" + o.field;
            Long previous = lastSeen.put(key, o.value);
            if (previous != null && previous == o.value) {
                continue;
            }
            StateMachine machine = machineFor(o.entity, o.field);
            boolean allowed = true;
            String rule = "no documented state machine for " + o.field;
            if (machine != null) {
                boolean throughTransit = previous != null && machine.isTransit(previous);
                Long from = throughTransit ? lastResting.get(key) : previous;
                allowed = machine.allows(from, o.value);
                rule = machine.explain(from, o.value, throughTransit && from != null ? previous : null);
                if (!machine.isTransit(o.value)) {
                    lastResting.put(key, o.value);
                }
            }
            sink.accept(new Transition(o.entity, o.id, o.field, previous, o.value, exchange.startedAt(),
                    exchange.seq(), scenario.name(), allowed, rule));
        }
    }

    private record Observation(String entity, String id, String field, long value) { }

    private static void collect(JsonNode node, List<Observation> out) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("cardholderId").canConvertToLong() && node.path("status").isIntegralNumber()
                && !node.has("cardId")) {
            out.add(new Observation("cardholder", node.get("cardholderId").asText(), "status",
                    node.get("status").asLong()));
        }
        if (node.path("cardId").canConvertToLong() && !node.has("transId")) {
            String id = node.get("cardId").asText();
            for (String field : List.of("cardStatus", "issuerCardStatus", "ledgerBalance", "availableBalance")) {
                if (node.path(field).isIntegralNumber()) {
                    out.add(new Observation("card", id, field, node.get(field).asLong()));
                }
            }
        }
        if (node.hasNonNull("transId")) {
            String id = node.get("transId").asText();
            for (String field : List.of("status", "transStatus")) {
                if (node.path(field).isIntegralNumber()) {
                    out.add(new Observation("transaction", id, field, node.get(field).asLong()));
                }
            }
        }
        node.properties().forEach(e -> {
            if (e.getValue().isContainerNode()) {
                collect(e.getValue(), out);
            }
        });
    }

    private static StateMachine machineFor(String entity, String field) {
        for (StateMachine m : StateMachine.values()) {
            if (m.entity().equals(entity) && m.field().equals(field)) {
                return m;
            }
        }
        return null;
    }
}
