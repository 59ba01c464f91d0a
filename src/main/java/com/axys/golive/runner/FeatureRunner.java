package com.axys.golive.runner;

import com.axys.golive.allure.AllureRun;
import com.axys.golive.run.HarnessSession;
import java.io.PrintWriter;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * Runs the features packaged with the harness (classpath package {@code features}) through the JUnit Platform's
 * Cucumber engine, against the session installed in {@code HarnessSessions}.
 */
public final class FeatureRunner {

    public static final String FEATURES_PACKAGE = "features";
    public static final String GLUE_PACKAGE = "com.axys.golive.steps";

    private FeatureRunner() {
    }

    public static RunSummary run(HarnessSession session, String tagExpression, PrintWriter out) {
        var params = new java.util.LinkedHashMap<String, String>(Map.of(
                "cucumber.glue", GLUE_PACKAGE,
                "cucumber.plugin", EvidencePlugin.class.getName() + ", " + AllureRun.CUCUMBER_PLUGIN,
                "cucumber.publish.quiet", "true",
                "cucumber.ansi-colors.disabled", "true",
                "cucumber.junit-platform.naming-strategy", "short",
                "cucumber.execution.parallel.enabled", "false"));
        var builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(FEATURES_PACKAGE))
                .configurationParameters(params);
        if (!tagExpression.isBlank()) {
            // A platform tag filter leaves unselected scenarios out of the plan (cucumber.filter.tags would
            // report each of them as skipped).
            builder.filters(TagFilter.includeTags(TagPolicy.toPlatformExpression(tagExpression)));
        }
        LauncherDiscoveryRequest request = builder.build();
        ProgressListener progress = new ProgressListener(out, session.policy()::redactText);
        LauncherFactory.create().execute(request, progress);
        return progress.summary();
    }
}
