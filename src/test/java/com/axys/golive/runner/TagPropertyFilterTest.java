package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.axys.golive.HarnessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@code -Dcucumber.filter.tags} as Surefire and an IDE's JUnit run meet it: the launcher they build (with filters
 * registered on the class path), discovering {@link FeaturesTest}. Discovery only: nothing is run.
 */
final class TagPropertyFilterTest {

    @Test
    void theCucumberTagPropertyNarrowsWhatFeaturesTestRuns() {
        List<List<String>> planned = withProperty("@checklist:P1.INT.02", TagPropertyFilterTest::scenariosOfFeaturesTest);
        long all = FeatureRunner.plan(TagSelection.of("", List.of(new TagSelection.Rule("@wip", false)))).scenarios();

        assertThat(planned).isNotEmpty().allSatisfy(tags -> assertThat(tags).contains("@checklist:P1.INT.02"));
        assertThat((long) planned.size()).isLessThan(all);
    }

    @Test
    void withoutThePropertyFeaturesTestRunsWhatGoliveRunRunsOnTheSimulator() {
        List<List<String>> planned = withProperty(null, TagPropertyFilterTest::scenariosOfFeaturesTest);
        List<List<String>> goliveRun = new ArrayList<>();
        FeatureRunner.plan(TagPolicy.selectionFor(com.axys.golive.config.HarnessConfig.simulatorDefaults(
                java.nio.file.Path.of("target/evidence")))).forEachScenarioTags(goliveRun::add);

        assertThat(planned).hasSameSizeAs(goliveRun).containsExactlyInAnyOrderElementsOf(goliveRun);
    }

    @Test
    void theRunsTagPolicyStillAppliesToWhatTheUserTyped() {
        TagPropertyFilter filter = new TagPropertyFilter("@wip or @checklist:P1.INT.02");
        assertThat(filter.apply(scenario("cucumber", "wip")).excluded()).as("@wip never runs, even when named")
                .isTrue();
        assertThat(filter.apply(scenario("cucumber", "checklist:P1.INT.02")).included()).isTrue();
        assertThat(filter.apply(scenario("junit-jupiter", "wip")).included()).as("not a Cucumber scenario").isTrue();
    }

    @Test
    void aMalformedExpressionIsTheUsageErrorGoliveRunGives() {
        assertThatThrownBy(() -> new TagPropertyFilter("@a AND @b").apply(scenario("cucumber", "a"))).isInstanceOf(HarnessException.class)
                .hasMessageContaining("tag expression '@a AND @b'");
    }

    @Test
    void otherTestsPassThrough() {
        TestPlan plan = withProperty("@checklist:P1.INT.02", () -> LauncherFactory.create().discover(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(TagExpressionsTest.class)).build()));
        assertThat(plan.countTestIdentifiers(TestIdentifier::isTest)).isPositive();
    }

    private static TestDescriptor scenario(String engine, String tag) {
        return new AbstractTestDescriptor(UniqueId.forEngine(engine).append("scenario", "1"), "a scenario") {
            @Override
            public Type getType() {
                return Type.TEST;
            }

            @Override
            public Set<TestTag> getTags() {
                return Set.of(TestTag.create(tag));
            }
        };
    }

    /** The scenarios Surefire's launcher would run for {@link FeaturesTest}, each as its sorted tags. */
    private static List<List<String>> scenariosOfFeaturesTest() {
        TestPlan plan = LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(FeaturesTest.class)).build());
        List<List<String>> scenarios = new ArrayList<>();
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream().filter(TestIdentifier::isTest)
                .forEach(id -> scenarios.add(id.getTags().stream().map(t -> "@" + t.getName()).sorted().toList())));
        return scenarios;
    }

    private static <T> T withProperty(String value, java.util.function.Supplier<T> action) {
        String before = System.getProperty(TagPropertyFilter.PROPERTY);
        try {
            if (value == null) {
                System.clearProperty(TagPropertyFilter.PROPERTY);
            } else {
                System.setProperty(TagPropertyFilter.PROPERTY, value);
            }
            return action.get();
        } finally {
            if (before == null) {
                System.clearProperty(TagPropertyFilter.PROPERTY);
            } else {
                System.setProperty(TagPropertyFilter.PROPERTY, before);
            }
        }
    }
}
