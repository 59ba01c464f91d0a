package com.axys.golive.redaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Redacts sensitive fields of a JSON body by name, remembering each value it removes so it is caught anywhere else
 * too. A body that does not parse becomes a marker: it fails closed, never open.
 */
final class FailClosedJsonBodyRedactor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SensitiveValues known;

    FailClosedJsonBodyRedactor(SensitiveValues known) {
        this.known = known;
    }

    /** The redacted JSON text, or a marker when {@code body} is not JSON. */
    String redact(String body) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return unparseable(body);
        }
        if (tree == null) {
            return unparseable(body);
        }
        walk(tree);
        return tree.toString();
    }

    /** Collects the secrets of a body without changing it: used on raw bodies before anything is written. */
    void learn(String body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree != null) {
                walk(tree.deepCopy());
            }
        } catch (JsonProcessingException ignored) {
            // Not JSON: the free-text redactor still runs over whatever is written from it.
        }
    }

    static String unparseable(String body) {
        return Markers.of("unparseable-body " + body.length() + " chars");
    }

    private void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                JsonNode value = field.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    String text = value.asText();
                    var category = SensitiveFields.categoryOf(field.getKey(), text);
                    if (category.isPresent()) {
                        known.add(category.get(), text);
                        object.set(field.getKey(), TextNode.valueOf(SensitiveFields.fingerprinted(category.get())
                                ? Markers.fingerprinted(category.get(), text) : Markers.of(category.get())));
                    }
                } else {
                    walk(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::walk);
        }
    }
}
