package com.axys.golive.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every call is captured, also one that never gets an answer; numbering and filing follow the run. */
final class CaptureFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path evidenceRoot;

    @Test
    void aCallThatGetsNoAnswerIsRecordedAndClassifiedNotLost() throws Exception {
        Path bundle;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            bundle = session.evidence().dir();
            assertThat(session.client().cardholders().list(Map.of()).statusCode()).isEqualTo(200);
            session.simulator().orElseThrow().server().close();

            assertThatThrownBy(() -> session.client().cardholders().list(Map.of()))
                    .hasMessageContaining("Connection refused");
        }
        List<String> calls = Files.readAllLines(bundle.resolve("calls.jsonl"));
        assertThat(calls).hasSize(2);
        JsonNode lost = JSON.readTree(calls.get(1));
        assertThat(lost.path("seq").asLong()).isEqualTo(2);
        assertThat(lost.path("status").asInt()).isEqualTo(-1);
        assertThat(lost.path("failure").asText()).contains("Connection refused");
        assertThat(lost.path("contract").path("result").asText()).isEqualTo("skipped");

        JsonNode error = JSON.readTree(Files.readAllLines(bundle.resolve("errors.jsonl")).get(0));
        assertThat(error.path("classification").asText()).isEqualTo("unreachable");
        assertThat(error.path("action").asText()).contains("base URL");
    }
}
