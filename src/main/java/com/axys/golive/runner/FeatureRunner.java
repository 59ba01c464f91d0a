package com.axys.golive.runner;

import com.axys.golive.allure.AllureRun;
import com.axys.golive.run.HarnessSession;
import io.cucumber.tagexpressions.Expression;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * Runs the features packaged with the harness (classpath package {@code features}) through the JUnit Platform's
 * Cucumber engine, against the session installed in {@code HarnessSessions}. Discovery comes first and needs no
 * session, so a selection that matches nothing is refused before a simulator or a bundle is started.
 */
public final class FeatureRunner {

    public static final String FEATURES_PACKAGE = "features";
    public static final String GLUE_PACKAGE = "com.axys.golive.steps";

    /** The scenarios a selection picked, ready to run once. */
    public static final class Plan {
        private final Launcher launcher;
        private final TestPlan testPlan;
        private final Expression selection;

        private Plan(Launcher launcher, TestPlan testPlan, Expression selection) {
            this.launcher = launcher;
            this.testPlan = testPlan;
            this.selection = selection;
        }

        /** How many scenarios the plan holds. */
        public long scenarios() {
            return testPlan.countTestIdentifiers(id -> id.isTest());
        }

        public Expression selection() {
            return selection;
        }

        /** Every planned scenario: its name, feature file and tags ({@code @checklist:P1.INT.01}). */
        public List<PlannedScenario> scenarioList() {
            List<PlannedScenario> all = new ArrayList<>();
            testPlan.getRoots().forEach(root -> testPlan.getDescendants(root).stream().filter(id -> id.isTest())
                    .forEach(id -> all.add(new PlannedScenario(id.getDisplayName(),
                            id.getSource().map(FeatureRunner::featureOf).orElse(""),
                            id.getTags().stream().map(t -> "@" + t.getName()).sorted().toList()))));
            return all;
        }

        /** The tags of every planned scenario, as Cucumber writes them ({@code @checklist:P1.INT.01}). */
        public void forEachScenarioTags(java.util.function.Consumer<java.util.List<String>> action) {
            testPlan.getRoots().forEach(root -> testPlan.getDescendants(root).stream().filter(id -> id.isTest())
                    .forEach(id -> action.accept(id.getTags().stream().map(t -> "@" + t.getName()).sorted()
                            .toList())));
        }
    }

    /** One scenario of a plan. */
    public record PlannedScenario(String name, String feature, List<String> tags) { }

    private FeatureRunner() {
    }

    /** Every scenario packaged with the harness, whatever a run would select. */
    public static Plan inventory() {
        return plan(TagSelection.of("", List.of()));
    }

    private static String featureOf(org.junit.platform.engine.TestSource source) {
        String s = source instanceof org.junit.platform.engine.support.descriptor.ClasspathResourceSource c
                ? c.getClasspathResourceName()
                : source instanceof org.junit.platform.engine.support.descriptor.UriSource u ? u.getUri().toString()
                : source.toString();
        int i = s.lastIndexOf("features/");
        return i >= 0 ? s.substring(i) : s;
    }

    /** Finds the scenarios {@code selection} admits; starts nothing. */
    public static Plan plan(Expression selection) {
        return plan(selection, CiReports.NONE);
    }

    /** Finds the scenarios {@code selection} admits, to be run with {@code reports} written; starts nothing. */
    public static Plan plan(Expression selection, CiReports reports) {
        return plan(selection, reports, (feature, name) -> true);
    }

    /**
     * Finds the scenarios {@code selection} admits and {@code only} accepts (by feature file and scenario name: the
     * scenarios an earlier run left pending, for {@code --continue}); starts nothing.
     */
    public static Plan plan(Expression selection, CiReports reports,
                            java.util.function.BiPredicate<String, String> only) {
        List<String> plugins = new ArrayList<>(List.of(EvidencePlugin.class.getName(), AllureRun.CUCUMBER_PLUGIN));
        plugins.addAll(reports.pluginOptions());
        Map<String, String> params = new LinkedHashMap<>(Map.of(
                "cucumber.glue", GLUE_PACKAGE,
                "cucumber.plugin", String.join(", ", plugins),
                "cucumber.publish.quiet", "true",
                "cucumber.ansi-colors.disabled", "true",
                "cucumber.junit-platform.naming-strategy", "short",
                "cucumber.execution.parallel.enabled", "false",
                // The selection below is the only filter: a -Dcucumber.filter.tags meant for Surefire's FeaturesTest
                // (a system property in the same JVM) must not skip scenarios of this run.
                TagPropertyFilter.PROPERTY, ""));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(FEATURES_PACKAGE))
                .configurationParameters(params)
                .filters(new TagSelectionFilter(selection), (org.junit.platform.launcher.PostDiscoveryFilter)
                        d -> !d.isTest() || only.test(d.getSource().map(FeatureRunner::featureOf).orElse(""),
                                d.getDisplayName()) ? org.junit.platform.engine.FilterResult.included("selected")
                                : org.junit.platform.engine.FilterResult.excluded("not left pending by the run"
                                + " this one continues"))
                .build();
        // Nothing registered on the class path filters this plan (TagPropertyFilter serves Surefire and the IDE).
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enablePostDiscoveryFilterAutoRegistration(false).build());
        return new Plan(launcher, launcher.discover(request), selection);
    }

    /** Runs a plan against the installed session. */
    public static RunSummary run(HarnessSession session, Plan plan, PrintWriter out) {
        ProgressListener progress = new ProgressListener(out, session.policy()::redactText,
                () -> session.gate().reason().isPresent(), session.tracker()::faults);
        plan.launcher.execute(plan.testPlan, progress);
        return progress.summary();
    }

    /** Plans and runs the scenarios a tag expression written as text selects (parsed by Cucumber; blank: all). */
    public static RunSummary run(HarnessSession session, String tagExpression, PrintWriter out) {
        return run(session, TagSelection.of(tagExpression, java.util.List.of()), out);
    }

    /** Plans and runs in one go. */
    public static RunSummary run(HarnessSession session, Expression selection, PrintWriter out) {
        return run(session, plan(selection), out);
    }
}
