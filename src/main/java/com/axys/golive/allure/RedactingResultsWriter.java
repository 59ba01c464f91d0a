package com.axys.golive.allure;

import com.axys.golive.evidence.OwnerOnly;
import com.axys.golive.redaction.RedactionPolicy;
import io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes Allure results like Allure's own file-system writer, but every result, container and text attachment
 * passes through the run's redaction policy first: a failure message that quotes a PAN or key never reaches disk.
 * Allure is a best-effort sink: a write failure is reported by Allure and does not fail the run.
 */
final class RedactingResultsWriter implements AllureResultsWriter {

    private final Path dir;
    private final RedactionPolicy policy;
    private final ObjectMapper mapper = Allure2ModelJackson.createMapper();

    RedactingResultsWriter(Path dir, RedactionPolicy policy) {
        this.dir = dir;
        this.policy = policy;
        try {
            OwnerOnly.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Allure results folder " + dir, e);
        }
    }

    @Override
    public void write(TestResult result) {
        writeJson(result.getUuid() + "-result.json", result);
    }

    @Override
    public void write(TestResultContainer container) {
        writeJson(container.getUuid() + "-container.json", container);
    }

    @Override
    public void write(String source, InputStream attachment) {
        try (attachment) {
            byte[] bytes = attachment.readAllBytes();
            byte[] out = bytes;
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                out = policy.redactDocument(text).getBytes(StandardCharsets.UTF_8);
            } catch (CharacterCodingException binary) {
                // not text (a screenshot, say): nothing of ours is binary, keep it as it is
            }
            OwnerOnly.write(dir.resolve(source), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure attachment " + source, e);
        }
    }

    private void writeJson(String name, Object value) {
        try {
            String json = mapper.writeValueAsString(value);
            OwnerOnly.writeString(dir.resolve(name), policy.redactDocument(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure result " + name, e);
        }
    }
}
