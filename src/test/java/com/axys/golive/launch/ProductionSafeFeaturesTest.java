package com.axys.golive.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.steps.ParameterTypes;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every feature under features/, read as Cucumber compiles it: a {@code @production-safe} scenario (tags inherited
 * from its feature and rule included) is never {@code @simulator-only} and uses no step that drives the embedded
 * simulator's control surface or a /staging endpoint (see {@link StepSources}).
 */
final class ProductionSafeFeaturesTest {

    private static final Path FEATURES = Path.of("features");

    private static List<Pickle> scenarios;
    private static List<StepSources.StepDefinition> steps;

    @BeforeAll
    static void read() throws IOException {
        scenarios = new ArrayList<>();
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false)
                .includePickles(true).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FEATURES)) {
            files = walk.filter(f -> f.toString().endsWith(".feature")).sorted().toList();
        }
        for (Path file : files) {
            for (Envelope envelope : parser.parse(file).toList()) {
                assertThat(envelope.getParseError()).as("parse error in %s", file).isEmpty();
                envelope.getPickle().ifPresent(scenarios::add);
            }
        }
        steps = StepSources.read();
    }

    @Test
    void readsEveryFeatureIncludingTheProductionVerification() {
        assertThat(scenarios).extracting(Pickle::getUri).anyMatch(u -> u.endsWith("phase3/production-verification"
                + ".feature")).anyMatch(u -> u.endsWith("phase1/connectivity.feature"));
        assertThat(productionSafe()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void noProductionSafeScenarioIsSimulatorOnly() {
        assertThat(productionSafe()).allSatisfy(p -> assertThat(tags(p)).as("tags of %s", name(p))
                .doesNotContain(VerificationTags.SIMULATOR_ONLY));
    }

    @Test
    void noProductionSafeScenarioUsesAStepThatDrivesTheSimulator() {
        List<Expression> forbidden = steps.stream().filter(s -> s.drivesSimulation() && !s.targetAware())
                .map(s -> expressions().createExpression(s.expression())).toList();
        for (Pickle scenario : productionSafe()) {
            for (PickleStep step : scenario.getSteps()) {
                assertThat(forbidden).as("step '%s' of %s drives the simulator's control surface or a /staging"
                        + " endpoint, which production does not answer", step.getText(), name(scenario))
                        .noneMatch(e -> e.match(step.getText()) != null);
            }
        }
    }

    @Test
    void theScanKnowsTheStepsThatDriveTheSimulator() {
        assertThat(steps).filteredOn(StepSources.StepDefinition::drivesSimulation)
                .extracting(StepSources.StepDefinition::expression)
                .contains("the compliance review approves {word}", "{word} is an approved cardholder",
                        "{word}'s compliance review has ended in {cardholderStatus}",
                        "the compliance review of {word} completes");
        assertThat(steps).filteredOn(StepSources.StepDefinition::targetAware)
                .extracting(StepSources.StepDefinition::expression)
                .containsExactly("the compliance review of {word} completes");
        assertThat(steps).filteredOn(s -> s.expression().equals("the Program lists its cardholders"))
                .singleElement().satisfies(s -> assertThat(s.drivesSimulation()).isFalse());
    }

    private static List<Pickle> productionSafe() {
        return scenarios.stream().filter(p -> tags(p).contains(VerificationTags.PRODUCTION_SAFE)).toList();
    }

    private static List<String> tags(Pickle pickle) {
        return pickle.getTags().stream().map(PickleTag::getName).toList();
    }

    private static String name(Pickle pickle) {
        return "'" + pickle.getName() + "' (" + pickle.getUri() + ")";
    }

    /** Cucumber expressions with the glue's own parameter types ({card}, {cardholderStatus}, ...). */
    private static ExpressionFactory expressions() {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        for (Method m : ParameterTypes.class.getDeclaredMethods()) {
            io.cucumber.java.ParameterType type = m.getAnnotation(io.cucumber.java.ParameterType.class);
            if (type != null) {
                String name = type.name().isEmpty() ? m.getName() : type.name();
                registry.defineParameterType(new ParameterType<>(name, type.value(), String.class,
                        (String s) -> s));
            }
        }
        return new ExpressionFactory(registry);
    }
}
