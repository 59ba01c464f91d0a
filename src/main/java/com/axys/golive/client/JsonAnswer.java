package com.axys.golive.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One answer's JSON body, parsed once with Jackson, read by dotted paths ({@code "cardholder.status"}); a path
 * that meets an array reads the rest of the path in each element ({@code "items.cardId"} is every item's card id).
 *
 * <p>Steps read answers through this rather than REST Assured's {@code jsonPath()}, which compiles a Groovy script
 * for every read (milliseconds each, hundreds per run) where Jackson takes microseconds.
 */
public final class JsonAnswer {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() { };

    private final JsonNode root;

    private JsonAnswer(JsonNode root) {
        this.root = root;
    }

    public static JsonAnswer of(Response response) {
        return of(response.asByteArray());
    }

    static JsonAnswer of(byte[] body) {
        if (body == null || body.length == 0) {
            return new JsonAnswer(MissingNode.getInstance());
        }
        try {
            return new JsonAnswer(MAPPER.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException("the answer is not JSON", e);
        }
    }

    /** The value at the path, or {@code null} when it is absent or JSON null. */
    public JsonNode node(String path) {
        JsonNode at = at(root, path.split("\\."), 0);
        return at.isMissingNode() || at.isNull() ? null : at;
    }

    public boolean has(String path) {
        return node(path) != null;
    }

    /** The text of the value (a number as its digits), or {@code null} when absent. */
    public String getString(String path) {
        JsonNode at = node(path);
        return at == null ? null : at.isValueNode() ? at.asText() : at.toString();
    }

    /** The integer at the path; absent, null, text, a fraction or a boolean fail naming the path and what it is. */
    public long getLong(String path) {
        JsonNode at = required(path);
        if (!at.isIntegralNumber() || !at.canConvertToLong()) {
            throw notAnInteger(path, at);
        }
        return at.asLong();
    }

    /** Like {@link #getLong}, within an int. */
    public int getInt(String path) {
        JsonNode at = required(path);
        if (!at.isIntegralNumber() || !at.canConvertToInt()) {
            throw notAnInteger(path, at);
        }
        return at.asInt();
    }

    private static IllegalStateException notAnInteger(String path, JsonNode at) {
        // the kind only, never the value: a number in an answer may be a card number
        return new IllegalStateException("the answer's '" + path + "' is " + (at.isNumber() ? (at.isIntegralNumber()
                ? "an integer too large" : "a fraction") : at.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
                + ", not an integer");
    }

    /** The value converted to the type, or {@code null} when absent. */
    public <T> T getObject(String path, Class<T> type) {
        JsonNode at = node(path);
        return at == null ? null : MAPPER.convertValue(at, type);
    }

    /** The value as plain Java (Map, List, String, Integer/Long, BigDecimal, Boolean), or {@code null}. */
    public Object get(String path) {
        return getObject(path, Object.class);
    }

    /** The whole body as a map, or an empty map when it is not an object. */
    public Map<String, Object> asMap() {
        return root.isObject() ? MAPPER.convertValue(root, MAP) : Map.of();
    }

    /** The list at the path as plain Java values; empty when absent. */
    @SuppressWarnings("unchecked")
    public <T> List<T> getList(String path) {
        JsonNode at = node(path);
        return at == null ? List.of() : (List<T>) MAPPER.convertValue(at.isArray() ? at : single(at), LIST);
    }

    /** The list at the path, each element converted to the type; empty when absent. */
    public <T> List<T> getList(String path, Class<T> type) {
        JsonNode at = node(path);
        List<T> values = new ArrayList<>();
        if (at != null) {
            (at.isArray() ? at : single(at)).forEach(value -> values.add(
                    value.isNull() ? null : MAPPER.convertValue(value, type)));
        }
        return values;
    }

    private JsonNode required(String path) {
        JsonNode at = node(path);
        if (at == null) {
            throw new IllegalStateException("the answer has no '" + path + "'");
        }
        return at;
    }

    private static ArrayNode single(JsonNode value) {
        return MAPPER.createArrayNode().add(value);
    }

    private static JsonNode at(JsonNode node, String[] names, int from) {
        if (from == names.length) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode each = MAPPER.createArrayNode();
            node.forEach(element -> {
                JsonNode value = at(element, names, from);
                each.add(value.isMissingNode() ? NullNode.getInstance() : value);
            });
            return each;
        }
        return at(node.path(names[from]), names, from + 1);
    }
}
