package com.axys.golive.evidence;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.redaction.RedactedExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One calls.jsonl record of a redacted exchange: when, which scenario and checklist items, the operation, the
 * status, the redacted headers and bodies (JSON kept as JSON), and the contract verdict.
 */
final class ExchangeFormatter {

    private ExchangeFormatter() {
    }

    static ObjectNode line(ObjectMapper mapper, RedactedExchange exchange, ContractResult contract,
                           ScenarioContext scenario) {
        ObjectNode line = mapper.createObjectNode();
        line.put("seq", exchange.seq());
        line.put("ts", exchange.startedAt().toString());
        line.put("scenario", scenario.name());
        line.put("feature", scenario.feature());
        line.set("checklist", mapper.valueToTree(scenario.checklistIds()));
        line.put("method", exchange.method());
        line.put("operationId", contract.operationId());
        line.put("pathTemplate", contract.pathTemplate());
        line.put("path", exchange.path());
        line.put("url", exchange.url());
        line.put("status", exchange.status());
        line.put("durationMs", exchange.durationMillis());
        line.put("negativeTest", exchange.negativeTest());
        line.set("request", message(mapper, exchange.requestHeaders(), exchange.requestBody()));
        line.set("response", message(mapper, exchange.responseHeaders(), exchange.responseBody()));
        ObjectNode verdict = line.putObject("contract");
        verdict.put("result", contract.outcome().name().toLowerCase(java.util.Locale.ROOT));
        verdict.set("violations", mapper.valueToTree(contract.violations()));
        if (exchange.failure() != null) {
            line.put("failure", exchange.failure());
        }
        return line;
    }

    private static JsonNode message(ObjectMapper mapper, Map<String, List<String>> headers, String body) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode h = node.putObject("headers");
        headers.forEach((name, values) -> h.put(name, String.join(", ", values)));
        if (body == null || body.isEmpty()) {
            node.putNull("body");
        } else {
            try {
                node.set("body", mapper.readTree(body));
            } catch (IOException notJson) {
                node.put("body", body);
            }
        }
        return node;
    }
}
