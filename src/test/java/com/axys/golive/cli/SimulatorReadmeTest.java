package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.simulator.SimulatorControl;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's simulator section ("## The embedded simulator", up to the next "## ") lists, in its tables, every
 * option of {@code golive simulator} with its default, the Program's default delays and every control of
 * {@link SimulatorControl}: an option or control added without a README row fails here.
 */
final class SimulatorReadmeTest {

    private static List<String> rows;

    @BeforeAll
    static void readSection() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## The embedded simulator\n");
        assertThat(start).as("the README's simulator section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        rows = section.lines().filter(l -> l.startsWith("| ")).toList();
    }

    @Test
    void listsEveryOptionOfTheStandaloneSimulatorWithItsDefault() {
        CommandLine cli = new CommandLine(new SimulatorCommand());
        List<OptionSpec> options = cli.getCommandSpec().options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp()).toList();
        assertThat(options).extracting(OptionSpec::longestName).contains("--port", "--pki-dir", "--review-delay",
                "--clearing-delay", "--rate-limit", "--chaos", "--chaos-hold", "--chaos-log");
        for (OptionSpec option : options) {
            String name = option.longestName();
            List<String> row = rows.stream().filter(r -> r.startsWith("| `" + name + " ")
                    || r.startsWith("| `" + name + "`")).toList();
            assertThat(row).as("a README table row for %s", name).hasSize(1);
            if (option.defaultValue() != null) {
                assertThat(row.get(0)).as("the README row of %s names its default", name)
                        .contains("`" + option.defaultValue() + "`");
            }
        }
        assertThat(row("`--clearing-delay")).contains("5 days");
        assertThat(row("`--chaos-hold")).contains("`" + com.axys.golive.simulator.wiremock.ChaosPlan.DEFAULT_HOLD
                .toSeconds() + "s`");
    }

    @Test
    void listsTheDefaultDelaysOfTheProgram() {
        assertThat(row("KYC review")).contains(ProgramProfile.DEFAULT_REVIEW_DELAY.toSeconds() + " s embedded")
                .contains("DEFAULT_REVIEW_DELAY");
        assertThat(row("bank-deposit clearing")).contains(ProgramProfile.DEFAULT_CLEARING_DELAY.toDays() + " days")
                .contains("DEFAULT_CLEARING_DELAY");
        assertThat(row("OTP lifetime")).contains("5 min");
        assertThat(row("card purchase clearing")).contains("24 h");
    }

    @Test
    void listsEveryControl() {
        List<String> controls = Arrays.stream(SimulatorControl.class.getDeclaredMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()).map(Method::getName)
                .distinct().sorted().toList();
        assertThat(controls).contains("forceKycOutcome", "failNext", "reset", "chaos");
        for (String control : controls) {
            assertThat(rows).as("a README control row naming %s()", control)
                    .anyMatch(r -> r.contains("`" + control + "("));
        }
    }

    private static String row(String start) {
        return rows.stream().filter(r -> r.startsWith("| " + start)).findFirst()
                .orElseThrow(() -> new AssertionError("no README simulator row starting with '" + start + "'"));
    }
}
