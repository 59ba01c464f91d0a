package com.axys.golive.evidence;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.evidence.bundle.CallLine;
import com.axys.golive.redaction.RedactedExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One calls.jsonl record of a redacted exchange: when, which scenario and checklist items, the operation, the
 * status, the redacted headers and bodies (JSON kept as JSON), and the contract verdict.
 */
final class ExchangeFormatter {

    private ExchangeFormatter() {
    }

    static CallLine line(ObjectMapper mapper, RedactedExchange exchange, ContractResult contract,
                         ScenarioContext scenario) {
        return new CallLine(exchange.seq(), exchange.startedAt().toString(), scenario.name(), scenario.feature(),
                scenario.checklistIds(), exchange.method(), contract.operationId(), contract.pathTemplate(),
                exchange.path(), exchange.url(), exchange.status(), exchange.durationMillis(), exchange.negativeTest(),
                message(mapper, exchange.requestHeaders(), exchange.requestBody()),
                message(mapper, exchange.responseHeaders(), exchange.responseBody()),
                new CallLine.Verdict(contract.outcome().name().toLowerCase(Locale.ROOT), contract.violations()),
                exchange.failure());
    }

    private static CallLine.Message message(ObjectMapper mapper, Map<String, List<String>> headers, String body) {
        Map<String, String> joined = new LinkedHashMap<>();
        headers.forEach((name, values) -> joined.put(name, String.join(", ", values)));
        return new CallLine.Message(joined, body == null || body.isEmpty() ? null : parse(mapper, body));
    }

    private static JsonNode parse(ObjectMapper mapper, String body) {
        try {
            JsonNode json = mapper.readTree(body);
            return json == null ? TextNode.valueOf(body) : json;
        } catch (IOException notJson) {
            return TextNode.valueOf(body);
        }
    }
}
