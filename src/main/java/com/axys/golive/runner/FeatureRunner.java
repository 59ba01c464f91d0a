package com.axys.golive.runner;

import com.axys.golive.run.HarnessSession;
import java.io.PrintWriter;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
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
                "cucumber.plugin", EvidencePlugin.class.getName(),
                "cucumber.publish.quiet", "true",
                "cucumber.ansi-colors.disabled", "true",
                "cucumber.junit-platform.naming-strategy", "short",
                "cucumber.execution.parallel.enabled", "false"));
        if (!tagExpression.isBlank()) {
            params.put("cucumber.filter.tags", tagExpression);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(FEATURES_PACKAGE))
                .configurationParameters(params)
                .build();
        ProgressListener progress = new ProgressListener(out, session.policy()::redactText);
        LauncherFactory.create().execute(request, progress);
        return progress.summary();
    }
}
