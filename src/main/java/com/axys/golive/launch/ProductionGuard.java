package com.axys.golive.launch;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.Target;
import com.axys.golive.runner.TagExpressions;
import com.axys.golive.runner.TagPolicy;
import com.axys.golive.runner.TagSelection;
import io.cucumber.tagexpressions.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses, before anything starts, a production run whose selection could reach a scenario that is not
 * {@code @production-safe} or is {@code @simulator-only}: whatever features exist now or are added later. It is the
 * first of two guards; the second sits in the HTTP client ({@code client.ProductionRequestGuard}) and refuses each
 * request itself.
 *
 * <p>A {@link TagSelection} whose policy requires {@code @production-safe} and excludes {@code @simulator-only} is
 * safe by construction: the user's expression is a subtree that can only narrow it. Any other expression is proved
 * safe the slow way: its value depends only on the tags it names, so the guard evaluates it for every combination of
 * those tags being present or absent; a combination that selects an unsafe scenario is the counter-example.
 * Expressions naming more than {@value #MAX_TAGS} tags are refused as too large to prove.
 */
public final class ProductionGuard {

    static final int MAX_TAGS = 20;

    private ProductionGuard() {
    }

    /**
     * Returns {@code selection} when it may run against {@code target}: on production only if it is proven to select
     * nothing but {@code @production-safe}, non-{@code @simulator-only} scenarios; elsewhere unchanged.
     *
     * @throws HarnessException (usage) naming a counter-example and the fix
     */
    public static <E extends Expression> E admit(Target target, E selection) {
        return target.isProduction() ? requireProductionSafe(selection) : selection;
    }

    /** As {@link #admit(Target, Expression)} for an expression written as text (parsed by Cucumber). */
    public static String admit(Target target, String tagExpression) {
        if (target.isProduction()) {
            requireProductionSafe(tagExpression);
        }
        return tagExpression;
    }

    /**
     * Returns {@code selection} when it is proven to select only {@code @production-safe}, non-{@code
     * @simulator-only} scenarios, whatever the target; verify-production holds its rehearsals to the same rule.
     *
     * @throws HarnessException (usage) naming a counter-example and the fix
     */
    public static <E extends Expression> E requireProductionSafe(E selection) {
        Optional<Set<String>> counterExample = counterExample(selection);
        if (counterExample.isPresent()) {
            Set<String> tags = counterExample.get();
            throw new HarnessException(Category.USAGE, "tag expression '" + selection + "' could select a"
                    + " scenario tagged " + (tags.isEmpty() ? "with none of its tags" : String.join(" ", tags))
                    + ", which is " + (tags.contains(TagPolicy.PRODUCTION_SAFE) ? "simulator-only"
                    : "not " + TagPolicy.PRODUCTION_SAFE) + "; on production only "
                    + TagPolicy.PRODUCTION_SAFE + " scenarios may run: add 'and "
                    + TagPolicy.PRODUCTION_SAFE + " and not " + TagPolicy.SIMULATOR_ONLY + "'");
        }
        return selection;
    }

    /** As {@link #requireProductionSafe(Expression)} for text; returns the text unchanged. */
    public static String requireProductionSafe(String tagExpression) {
        if (tagExpression == null || tagExpression.isBlank()) {
            throw new HarnessException(Category.USAGE, "an empty tag expression selects every scenario; on"
                    + " production only " + TagPolicy.PRODUCTION_SAFE + " scenarios may run");
        }
        requireProductionSafe(TagExpressions.parse(tagExpression));
        return tagExpression;
    }

    /** For the tests: the counter-example of an expression written as text. */
    static Optional<Set<String>> counterExample(String tagExpression) {
        if (tagExpression == null || tagExpression.isBlank()) {
            return Optional.of(Set.of());
        }
        return counterExample(TagExpressions.parse(tagExpression));
    }

    /**
     * A set of tags that {@code expression} selects although it lacks {@code @production-safe} or carries
     * {@code @simulator-only}; empty when there is none (the expression is production-safe).
     */
    static Optional<Set<String>> counterExample(Expression expression) {
        if (expression instanceof TagSelection selection && selection.requires(TagPolicy.PRODUCTION_SAFE)
                && selection.excludes(TagPolicy.SIMULATOR_ONLY)) {
            return Optional.empty();
        }
        Set<String> namedSet = new TreeSet<>(expression instanceof TagSelection selection ? selection.namedTags()
                : TagExpressions.literals(expression));
        namedSet.add(TagPolicy.PRODUCTION_SAFE);
        namedSet.add(TagPolicy.SIMULATOR_ONLY);
        List<String> named = List.copyOf(namedSet);
        if (named.size() > MAX_TAGS) {
            throw new HarnessException(Category.USAGE, "tag expression '" + expression + "' names "
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
            boolean unsafe = !present.contains(TagPolicy.PRODUCTION_SAFE)
                    || present.contains(TagPolicy.SIMULATOR_ONLY);
            if (unsafe && expression.evaluate(present)) {
                return Optional.of(new TreeSet<>(present));
            }
        }
        return Optional.empty();
    }
}
