package com.axys.golive.runner;

import com.axys.golive.config.HarnessConfig;
import java.nio.file.Path;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The Cucumber convention {@code -Dcucumber.filter.tags='@checklist:P1.INT.02'} for runs that JUnit Platform
 * launches itself (Surefire's {@code FeaturesTest}, an IDE's JUnit run), within the same policy as {@code golive run}
 * against the embedded simulator ({@link TagPolicy}, combined as a tree by {@link TagSelection}). Registered through
 * {@code META-INF/services} on the test class path; {@code golive run} builds its own launcher without it.
 *
 * <p>Only Cucumber scenarios are judged; every other test passes through. Scenarios left out are not in the plan at
 * all (Cucumber's own filter would report each of them as skipped). A malformed expression fails discovery with the
 * same one-line usage message {@code golive run --tags} gives.
 */
public final class TagPropertyFilter implements PostDiscoveryFilter {

    /** Cucumber's own property name, as QA engineers type it. */
    public static final String PROPERTY = "cucumber.filter.tags";
    private static final String CUCUMBER_ENGINE = "cucumber";

    private final String expression;
    private TagSelectionFilter selection;

    /** Reads {@value #PROPERTY} from the system properties (where Maven's {@code -D} puts it). */
    public TagPropertyFilter() {
        this(System.getProperty(PROPERTY));
    }

    TagPropertyFilter(String expression) {
        this.expression = expression;
    }

    /**
     * Judges one descriptor. The expression is parsed at the first Cucumber scenario (not when the filter is loaded,
     * where a failure would reach the user as "could not be instantiated" without its reason).
     *
     * @throws com.axys.golive.HarnessException (usage) when the expression is malformed
     */
    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest() || !isCucumber(descriptor.getUniqueId())) {
            return FilterResult.included("not a Cucumber scenario");
        }
        return selection().apply(descriptor);
    }

    private synchronized TagSelectionFilter selection() {
        if (selection == null) {
            HarnessConfig defaults = HarnessConfig.simulatorDefaults(Path.of("target", "evidence"));
            selection = new TagSelectionFilter(TagSelection.of(expression, TagPolicy.selectionFor(defaults).rules()));
        }
        return selection;
    }

    private static boolean isCucumber(UniqueId id) {
        return id.getSegments().stream()
                .anyMatch(s -> s.getType().equals("engine") && s.getValue().equals(CUCUMBER_ENGINE));
    }
}
