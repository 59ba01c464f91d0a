package com.axys.golive.runner;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tag expressions as Cucumber reads them: parsed by Cucumber's own parser (never rewritten as text), with one
 * clear usage error for a malformed expression or a word that is not a tag.
 */
public final class TagExpressions {

    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "(", ")");

    private TagExpressions() {
    }

    /**
     * Parses {@code text} (blank: every scenario) with Cucumber's parser.
     *
     * @throws HarnessException (usage) naming what is wrong and how to write it
     */
    public static Expression parse(String text) {
        String value = text == null ? "" : text.strip();
        Expression expression;
        try {
            expression = TagExpressionParser.parse(value);
        } catch (TagExpressionException e) {
            throw new HarnessException(Category.USAGE, "tag expression '" + value + "' is malformed ("
                    + reason(e) + "); write tags like @checklist:P1.INT.02 joined by lower-case and, or, not and"
                    + " parentheses", e);
        }
        for (String literal : literals(expression)) {
            if (!literal.startsWith("@")) {
                throw new HarnessException(Category.USAGE, "tag expression '" + value + "': '" + literal
                        + "' is not a tag (tags start with @, operators are lower-case and, or, not); write '@"
                        + literal + "'");
            }
        }
        return expression;
    }

    /** Every tag an expression names, once each, sorted; read from Cucumber's own rendering of the parsed tree. */
    public static Set<String> literals(Expression expression) {
        Set<String> tags = new TreeSet<>();
        String canonical = expression.toString();
        if (canonical.isBlank()) {
            return tags;
        }
        for (String token : tokens(canonical)) {
            if (!OPERATORS.contains(token)) {
                tags.add(token);
            }
        }
        if (tags.equals(Set.of("true")) && expression.evaluate(List.of())) {
            tags.clear(); // Cucumber's empty expression renders as "true"
        }
        return tags;
    }

    /** Splits Cucumber's canonical rendering on unescaped blanks, unescaping each literal. */
    private static List<String> tokens(String canonical) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        for (char c : canonical.toCharArray()) {
            if (escaped) {
                current.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (Character.isWhitespace(c)) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static String reason(TagExpressionException e) {
        String message = String.valueOf(e.getMessage());
        int i = message.indexOf("because of ");
        return i >= 0 ? message.substring(i + "because of ".length()).replaceAll("\\.$", "") : message;
    }
}
