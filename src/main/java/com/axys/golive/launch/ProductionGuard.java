package com.axys.golive.launch;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.Target;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a run against production whose tag expression could select a scenario that is not {@code @production-safe}
 * or is {@code @simulator-only}: whatever features exist now or are added later.
 *
 * <p>The check is a proof, not a sample. A tag expression's value depends only on the tags it names, so the guard
 * evaluates it for every combination of those tags being present or absent; if any combination selects a scenario
 * without {@code @production-safe} (or with {@code @simulator-only}), that combination is the counter-example and the
 * run is refused before a session is opened. Expressions naming more than {@value #MAX_TAGS} tags are refused as
 * too large to prove.
 */
public final class ProductionGuard {

    static final int MAX_TAGS = 20;
    private static final Pattern TAG = Pattern.compile("@[^\\s()]+");

    private ProductionGuard() {
    }

    /**
     * Returns {@code tagExpression} when it may run against {@code target}: on production only if it is proven to
     * select nothing but {@code @production-safe}, non-{@code @simulator-only} scenarios; elsewhere unchanged.
     *
     * @throws HarnessException (usage) naming a counter-example and the fix
     */
    public static String admit(Target target, String tagExpression) {
        return target.isProduction() ? requireProductionSafe(tagExpression) : tagExpression;
    }

    /**
     * Returns {@code tagExpression} when it is proven to select only {@code @production-safe}, non-{@code
     * @simulator-only} scenarios, whatever the target; verify-production holds its rehearsals to the same rule.
     *
     * @throws HarnessException (usage) naming a counter-example and the fix
     */
    public static String requireProductionSafe(String tagExpression) {
        Optional<Set<String>> counterExample = counterExample(tagExpression);
        if (counterExample.isPresent()) {
            Set<String> tags = counterExample.get();
            throw new HarnessException(Category.USAGE, "tag expression '" + tagExpression + "' could select a"
                    + " scenario tagged " + (tags.isEmpty() ? "with none of its tags" : String.join(" ", tags))
                    + ", which is " + (tags.contains(VerificationTags.PRODUCTION_SAFE) ? "simulator-only"
                    : "not " + VerificationTags.PRODUCTION_SAFE) + "; on production only "
                    + VerificationTags.PRODUCTION_SAFE + " scenarios may run: add 'and "
                    + VerificationTags.PRODUCTION_SAFE + " and not " + VerificationTags.SIMULATOR_ONLY + "'");
        }
        return tagExpression;
    }

    /**
     * A set of tags that {@code tagExpression} selects although it lacks {@code @production-safe} or carries
     * {@code @simulator-only}; empty when there is none (the expression is production-safe).
     */
    static Optional<Set<String>> counterExample(String tagExpression) {
        if (tagExpression == null || tagExpression.isBlank()) {
            return Optional.of(Set.of());
        }
        if (tagExpression.contains("\\")) {
            throw new HarnessException(Category.USAGE, "tag expression '" + tagExpression + "' uses an escape;"
                    + " the production guard cannot prove such an expression safe, so write tags without '\\'");
        }
        Expression expression = parse(tagExpression);
        List<String> named = tagsNamedIn(tagExpression);
        if (named.size() > MAX_TAGS) {
            throw new HarnessException(Category.USAGE, "tag expression '" + tagExpression + "' names "
                    + named.size() + " tags; the production guard proves expressions of up to " + MAX_TAGS
                    + " tags, so simplify it");
        }
        for (long bits = 0; bits < (1L << named.size()); bits++) {
            List<String> present = new ArrayList<>();
            for (int i = 0; i < named.size(); i++) {
                if ((bits & (1L << i)) != 0) {
                    present.add(named.get(i));
                }
            }
            boolean unsafe = !present.contains(VerificationTags.PRODUCTION_SAFE)
                    || present.contains(VerificationTags.SIMULATOR_ONLY);
            if (unsafe && expression.evaluate(present)) {
                return Optional.of(new TreeSet<>(present));
            }
        }
        return Optional.empty();
    }

    private static Expression parse(String tagExpression) {
        try {
            return TagExpressionParser.parse(tagExpression);
        } catch (TagExpressionException e) {
            throw new HarnessException(Category.USAGE, "tag expression '" + tagExpression + "' is malformed ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Every tag the expression names once, plus the two the proof is about. */
    private static List<String> tagsNamedIn(String tagExpression) {
        Set<String> tags = new TreeSet<>();
        Matcher m = TAG.matcher(tagExpression);
        while (m.find()) {
            tags.add(m.group());
        }
        tags.add(VerificationTags.PRODUCTION_SAFE);
        tags.add(VerificationTags.SIMULATOR_ONLY);
        return List.copyOf(tags);
    }
}
