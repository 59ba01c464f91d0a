package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class CucumberJsonReportTest {

    @Test
    void errorMessagesAreRedactedAndEmbeddingsLeftOut() throws Exception {
        SensitiveValues known = new SensitiveValues();
        known.add("api-key", "sim_the-run-key");
        String json = "[{\"name\":\"Cards\",\"elements\":[{\"name\":\"Details\",\"steps\":[{\"name\":\"read\","
                + "\"result\":{\"status\":\"failed\",\"error_message\":\"key sim_the-run-key, card 4111111111111111\"},"
                + "\"embeddings\":[{\"mime_type\":\"text/plain\",\"data\":\"NDExMTExMTExMTExMTExMQ==\"}]}]}]}]";

        String redacted = new CucumberJsonReport("target/unused.json").redact(json, new RedactionPolicy(known));

        assertThat(redacted).doesNotContain("sim_the-run-key").doesNotContain("4111111111111111")
                .doesNotContain("embeddings").contains("[REDACTED:api-key]").contains("[REDACTED:pan]")
                .contains("\"name\":\"Details\"");
    }
}
