package com.axys.golive.runner;

import com.axys.golive.redaction.RedactionPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.core.plugin.JsonFormatter;

/**
 * Cucumber JSON (Jenkins' Cucumber Reports and the other dashboards that read it) from Cucumber's own formatter,
 * redacted by field and as free text with the run's policy. Embedded attachments ({@code embeddings}: base64 that no
 * redaction can read) are left out. Registered as {@code com.axys.golive.runner.CucumberJsonReport:FILE}.
 */
public final class CucumberJsonReport extends RedactedReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CucumberJsonReport(String file) {
        super(file, JsonFormatter::new);
    }

    @Override
    String redact(String document, RedactionPolicy policy) throws Exception {
        JsonNode tree = JSON.readTree(document);
        withoutEmbeddings(tree);
        return policy.redactDocument(JSON.writeValueAsString(tree));
    }

    private static void withoutEmbeddings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("embeddings");
        }
        node.forEach(CucumberJsonReport::withoutEmbeddings);
    }
}
