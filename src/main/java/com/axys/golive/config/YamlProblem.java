package com.axys.golive.config;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A golive.yaml that cannot be read, in plain words: one line naming the file, the line and column, the key and what
 * it must be, and never a Jackson or Java type name, nor the value written there (it may be a pasted secret).
 */
final class YamlProblem {

    private static final String FIX = "; fix the YAML (see golive.example.yaml)";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private YamlProblem() {
    }

    static HarnessException of(String file, JsonProcessingException e) {
        String where = "config file '" + file + "'" + at(e.getLocation());
        String malformed = "config file '" + file + "' is malformed" + at(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return usage(where + ": unknown key '" + key(unknown.getPath(), unknown.getPropertyName())
                    + "'; known keys here: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof JsonMappingException mapping && (e instanceof MismatchedInputException
                || mapping.getCause() instanceof InputCoercionException)) {
            String key = key(mapping.getPath(), null);
            return usage(malformed + ": " + (key.isEmpty() ? "the top level" : key) + " must be "
                    + expected(targetType(mapping)) + FIX);
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return usage(where + ": key '" + duplicate.group(1) + "' is given twice; keep one of them");
        }
        return usage(malformed + ": " + syntax(original) + FIX);
    }

    private static Class<?> targetType(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return mismatch.getTargetType();
        }
        return e.getCause() instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another kind (see golive.example.yaml)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number (e.g. 30)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number (e.g. 5 or 0.5)";
        }
        if (type == String.class) {
            return "a single value (text), not a list or a section";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list ([a, b], or one '- item' per line)";
        }
        return "a section of keys (indented 'key: value' lines)";
    }

    /** {@code client.connectTimeoutSeconds}, {@code program.features[0]}. */
    private static String key(List<JsonMappingException.Reference> path, String last) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                key.append(key.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                key.append('[').append(ref.getIndex()).append(']');
            }
        }
        return key.isEmpty() && last != null ? last : key.toString();
    }

    /**
     * The YAML parser's own words, without its excerpt of the file: the problem line ("expected ',' or ']', but got
     * &lt;stream end&gt;"), with the context it arose in; a tab gets the usual fix.
     */
    private static String syntax(String original) {
        List<String> words = original.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).toList();
        if (words.isEmpty()) {
            return "it is not YAML";
        }
        String problem = words.get(words.size() - 1);
        if (problem.contains("\t") || problem.contains("\\t") || problem.contains("TAB")) {
            return "a tab character where YAML allows only spaces (indent with spaces)";
        }
        String context = words.size() > 1 ? " (" + words.get(0) + ")" : "";
        return problem.replaceAll("\\.$", "") + context;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ")";
    }

    private static HarnessException usage(String message) {
        return new HarnessException(Category.USAGE, message);
    }
}
