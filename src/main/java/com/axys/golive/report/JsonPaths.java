package com.axys.golive.report;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds a fact's field path ({@code cardId}, {@code items[].status}, {@code ""} for the body) in a JSON body. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** True when the body has a non-null value at {@code path}; {@code []} means "in at least one element". */
    static boolean has(JsonNode body, String path) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return false;
        }
        return path.isEmpty() || has(body, path.split("\\."), 0);
    }

    private static boolean has(JsonNode node, String[] segments, int index) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (index == segments.length) {
            return true;
        }
        String segment = segments[index];
        boolean array = segment.endsWith("[]");
        String name = array ? segment.substring(0, segment.length() - 2) : segment;
        JsonNode child = name.isEmpty() ? node : node.get(name);
        if (!array) {
            return has(child, segments, index + 1);
        }
        if (child == null || !child.isArray()) {
            return false;
        }
        for (JsonNode element : child) {
            if (has(element, segments, index + 1)) {
                return true;
            }
        }
        return false;
    }
}
