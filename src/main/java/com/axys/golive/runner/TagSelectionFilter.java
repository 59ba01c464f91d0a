package com.axys.golive.runner;

import io.cucumber.tagexpressions.Expression;
import java.util.List;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Leaves out of the test plan every scenario the selection does not admit, evaluating Cucumber's own expression on
 * the scenario's tags (the platform drops their {@code @}; it is put back). Left-out scenarios are not in the plan at
 * all, unlike {@code cucumber.filter.tags}, which reports each of them as skipped.
 */
final class TagSelectionFilter implements PostDiscoveryFilter {

    private final Expression selection;

    TagSelectionFilter(Expression selection) {
        this.selection = selection;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest()) {
            return FilterResult.included("a container");
        }
        List<String> tags = descriptor.getTags().stream().map(TestTag::getName).map(t -> "@" + t).toList();
        return selection.evaluate(tags) ? FilterResult.included("selected")
                : FilterResult.excluded("not selected by " + selection);
    }
}
