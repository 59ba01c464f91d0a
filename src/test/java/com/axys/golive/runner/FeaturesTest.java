package com.axys.golive.runner;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every packaged feature, run by Surefire against the embedded simulator exactly as {@code golive run} runs them:
 * each scenario shows in Surefire's report, and the run's evidence lands in {@code target/evidence/}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages(FeatureRunner.FEATURES_PACKAGE)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = FeatureRunner.GLUE_PACKAGE)
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "com.axys.golive.runner.EvidencePlugin")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "not @wip")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
@ConfigurationParameter(key = "cucumber.junit-platform.naming-strategy", value = "long")
final class FeaturesTest {
}
