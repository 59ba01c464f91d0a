package com.axys.golive.runner;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every packaged feature, run by Surefire against the embedded simulator exactly as {@code golive run} runs them,
 * on demand ({@code ./mvnw test -Dtest=FeaturesTest}; the default build leaves it out, since RunCommandTest runs the
 * same features through {@code golive run}): each scenario shows in Surefire's report, and the run's evidence lands in
 * {@code target/evidence/}. Which scenarios run is {@link TagPropertyFilter}'s choice: {@code golive run}'s policy for
 * the simulator, narrowed by {@code -Dcucumber.filter.tags} when given
 * ({@code ./mvnw test -Dtest=FeaturesTest -Dcucumber.filter.tags='@checklist:P1.INT.02'}); one feature runs with
 * {@code -Dcucumber.features=features/errors/refusals.feature}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages(FeatureRunner.FEATURES_PACKAGE)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = FeatureRunner.GLUE_PACKAGE)
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "com.axys.golive.runner.SimulatorSessionPlugin, com.axys.golive.runner.EvidencePlugin")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
@ConfigurationParameter(key = "cucumber.junit-platform.naming-strategy", value = "long")
final class FeaturesTest {
}
