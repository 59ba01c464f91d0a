/**
 * Runs the packaged Gherkin features through the JUnit Platform with the Cucumber engine, chooses which scenarios
 * apply (tags, Program features, target; also for Surefire and the IDE), files each scenario's outcome into the
 * evidence, and writes the redacted CI reports (JUnit XML, Cucumber JSON). It prints progress; it holds no HTTP or
 * assertion logic.
 */
package com.axys.golive.runner;
