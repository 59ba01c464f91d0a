package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JsonlChainTest {

    @TempDir
    Path dir;

    @Test
    void eachLineCarriesTheHashOfThePreviousLineStartingFromTheRunsGenesis() throws Exception {
        Path file = dir.resolve("calls.jsonl");
        try (JsonlChain chain = new JsonlChain(file, "run-1", EvidenceRun.MAPPER)) {
            for (int i = 1; i <= 3; i++) {
                chain.append(EvidenceRun.MAPPER.createObjectNode().put("seq", i));
            }
            assertThat(chain.lines()).isEqualTo(3);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        String expected = JsonlChain.genesis("run-1", "calls.jsonl");
        for (String line : lines) {
            JsonNode node = EvidenceRun.MAPPER.readTree(line);
            assertThat(node.get("prevHash").asText()).isEqualTo(expected);
            expected = Hashing.sha256(line.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theGenesisDependsOnRunAndFileSoLinesCannotBeMovedBetweenBundles() {
        assertThat(JsonlChain.genesis("run-1", "calls.jsonl")).isNotEqualTo(JsonlChain.genesis("run-2", "calls.jsonl"))
                .isNotEqualTo(JsonlChain.genesis("run-1", "errors.jsonl"));
    }
}
