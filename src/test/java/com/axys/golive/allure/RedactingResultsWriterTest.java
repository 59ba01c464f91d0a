package com.axys.golive.allure;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RedactingResultsWriterTest {

    @TempDir
    Path dir;

    private final SensitiveValues known = new SensitiveValues();


    @Test
    void aFailureMessageQuotingAPanOrTheApiKeyIsRedactedBeforeItIsWritten() throws Exception {
        known.add("api-key", "sim_supersecretkey123");
        RedactingResultsWriter w = new RedactingResultsWriter(dir, new RedactionPolicy(known));
        TestResult result = new TestResult().setUuid("u1").setName("Card details")
                .setStatusDetails(new StatusDetails().setMessage(
                        "expected 4111111111111111 and key sim_supersecretkey123 to differ"));
        w.write(result);
        String written = Files.readString(dir.resolve("u1-result.json"));
        assertThat(written).doesNotContain("4111111111111111").doesNotContain("sim_supersecretkey123")
                .contains("[REDACTED:pan]").contains("[REDACTED:api-key]").contains("Card details");
    }

    @Test
    void textAttachmentsAreRedactedToo() throws Exception {
        RedactingResultsWriter w = new RedactingResultsWriter(dir, new RedactionPolicy(known));
        w.write("a-attachment.txt", new ByteArrayInputStream(
                "{\"cardNumber\":\"5555555555554444\",\"cvv\":\"321\"}".getBytes(StandardCharsets.UTF_8)));
        String written = Files.readString(dir.resolve("a-attachment.txt"));
        assertThat(written).doesNotContain("5555555555554444").doesNotContain("321");
    }
}
