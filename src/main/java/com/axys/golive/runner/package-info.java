/**
 * Runs the packaged Gherkin features through the JUnit Platform with the Cucumber engine, chooses which scenarios
 * apply (tags, Program features, target), and files each scenario's outcome into the evidence. It prints progress;
 * it holds no HTTP or assertion logic.
 */
package com.axys.golive.runner;
