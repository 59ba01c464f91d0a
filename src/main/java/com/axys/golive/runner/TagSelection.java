package com.axys.golive.runner;

import io.cucumber.tagexpressions.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scenarios a run may execute: the user's tag expression (parsed once, by Cucumber) AND every rule of the run's
 * policy, combined as a tree. A user's text can only ever select within the policy: no parenthesis, operator or
 * escape in it can reach past its own subtree.
 */
public final class TagSelection implements Expression {

    /** One rule of the policy: a tag every selected scenario must carry ({@code required}) or must not carry. */
    public record Rule(String tag, boolean required) {
        public Rule {
            Objects.requireNonNull(tag, "tag");
            if (!tag.startsWith("@")) {
                throw new IllegalArgumentException("a policy tag starts with @: " + tag);
            }
        }

        boolean admits(List<String> tags) {
            return tags.contains(tag) == required;
        }

        @Override
        public String toString() {
            return required ? tag : "not " + tag;
        }
    }

    private final String userText;
    private final Expression user;
    private final List<Rule> rules;

    private TagSelection(String userText, Expression user, List<Rule> rules) {
        this.userText = userText;
        this.user = user;
        this.rules = List.copyOf(rules);
    }

    /** The user's {@code text} (blank: everything), checked by {@link TagExpressions#parse}, within {@code rules}. */
    public static TagSelection of(String text, List<Rule> rules) {
        String value = text == null ? "" : text.strip();
        return new TagSelection(value, TagExpressions.parse(value), rules);
    }

    /** This selection with one more rule. */
    public TagSelection and(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new TagSelection(userText, user, more);
    }

    @Override
    public boolean evaluate(List<String> tags) {
        for (Rule rule : rules) {
            if (!rule.admits(tags)) {
                return false;
            }
        }
        return user.evaluate(tags);
    }

    /**
     * Why a scenario with {@code tags} is left out: the first policy rule that refuses it ({@code "not @wip"},
     * {@code "@production-safe"}), {@code "--tags"} when only the user's expression does; empty when it is selected.
     */
    public java.util.Optional<String> whyNot(List<String> tags) {
        for (Rule rule : rules) {
            if (!rule.admits(tags)) {
                return java.util.Optional.of(rule.toString());
            }
        }
        return user.evaluate(tags) ? java.util.Optional.empty() : java.util.Optional.of("--tags");
    }

    /** True when every selected scenario is guaranteed to carry {@code tag}, whatever the user wrote. */
    public boolean requires(String tag) {
        return rules.contains(new Rule(tag, true));
    }

    /** True when no selected scenario can carry {@code tag}, whatever the user wrote. */
    public boolean excludes(String tag) {
        return rules.contains(new Rule(tag, false));
    }

    public String userText() {
        return userText;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every tag the selection names: the user's and the policy's. */
    public Set<String> namedTags() {
        Set<String> tags = new TreeSet<>(TagExpressions.literals(user));
        rules.forEach(r -> tags.add(r.tag()));
        return tags;
    }

    /** Cucumber's syntax, for people: {@code (<user's, as Cucumber reads it>) and not @wip and ...}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        String canonical = user.toString();
        if (!userText.isEmpty() && !canonical.isBlank()) {
            parts.add(canonical.startsWith("(") ? canonical : "(" + canonical + ")");
        }
        rules.forEach(r -> parts.add(r.toString()));
        return parts.isEmpty() ? "(every scenario)" : String.join(" and ", parts);
    }
}
