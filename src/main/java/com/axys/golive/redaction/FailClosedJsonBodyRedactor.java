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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts sensitive fields of a JSON body by name, remembering each value it removes so it is caught anywhere else
 * too. A body that does not parse becomes a marker: it fails closed, never open. A value that is already a marker
 * (a document redacted before) is kept as it is. A last-four field keeps its mask and loses its digits
 * ({@code ************[REDACTED:last4]}); it is not remembered (four digits are no value to search free text for).
 */
final class FailClosedJsonBodyRedactor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern TRAILING_FOUR = Pattern.compile("(?<!\\d)\\d{4}$");
    private static final String LAST4_MARKER = Markers.of(FreeTextCodes.LAST4);

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

    private String replacement(String category, String text) {
        if (category.equals(FreeTextCodes.LAST4)) {
            return lastFour(text);
        }
        known.add(category, text);
        return SensitiveFields.fingerprinted(category) ? Markers.fingerprinted(category, text) : Markers.of(category);
    }

    /**
     * A mask before four trailing digits stays ({@code ************[REDACTED:last4]}), unless it holds digits itself
     * (a full number where a masked one belongs); any other value goes whole. A value redacted before is kept.
     */
    private static String lastFour(String value) {
        String mask;
        if (value.endsWith(LAST4_MARKER)) {
            mask = value.substring(0, value.length() - LAST4_MARKER.length());
        } else {
            Matcher digits = TRAILING_FOUR.matcher(value);
            mask = digits.find() ? value.substring(0, digits.start()) : "";
        }
        return (mask.chars().anyMatch(Character::isDigit) ? "" : mask) + LAST4_MARKER;
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
                    if (category.isPresent() && !Markers.isMarker(text)) {
                        object.set(field.getKey(), TextNode.valueOf(replacement(category.get(), text)));
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
