package com.axys.golive.simulator.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The adapter's one Jackson configuration: strict parsing (no trailing garbage), compact output. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final TypeReference<LinkedHashMap<String, Object>> MEMBERS = new TypeReference<>() { };

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The members of a JSON object body; empty when the text is not one JSON object. */
    static Optional<Map<String, Object>> members(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            return Optional.of(MAPPER.convertValue(node, MEMBERS));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a JSON tree: " + impossible.getOriginalMessage(), impossible);
        }
    }
}
