package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as a person meets it: typos, help text. Nothing here starts a run. */
final class GoLiveTest {

    private record Ran(int code, String out, String err) { }

    private static Ran golive(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Ran(code, out.toString(), err.toString());
    }

    @Test
    void aMistypedCommandSuggestsTheCommand() {
        Ran ran = golive("rnu");
        assertThat(ran.code()).isEqualTo(2);
        assertThat(ran.err()).contains("Did you mean 'golive run'?");
    }

    @Test
    void aMistypedOptionOrSubcommandSuggestsIt() {
        assertThat(golive("run", "--tgas", "@x").err()).contains("Did you mean '--tags'?");
        assertThat(golive("evidence", "verfy", "x").err()).contains("Did you mean 'golive evidence verify'?");
        assertThat(golive("zzzzzz").err()).doesNotContain("Did you mean");
    }

    @Test
    void helpFitsInOneHundredAndTwentyColumnsAndKeepsEachOptionBesideItsDescription() {
        for (List<String> command : List.of(List.of("--help"), List.of("run", "--help"),
                List.of("preflight", "--help"), List.of("verify-production", "--help"), List.of("go-no-go", "--help"),
                List.of("evidence", "pack", "--help"), List.of("proxy", "--help"))) {
            Ran ran = golive(command.toArray(String[]::new));
            assertThat(ran.code()).isZero();
            assertThat(ran.out().lines()).as("%s", command)
                    .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(120));
        }
        String help = golive("verify-production", "--help").out();
        assertThat(help).containsPattern("--review-wait-minutes=N +How long test 4 waits");
        assertThat(golive("run", "--help").out()).contains("file:/etc/axys/program.key");
    }

    @Test
    void verifyProductionHelpSaysOneThingAboutItsTarget() {
        String help = golive("verify-production", "--help").out();
        assertThat(help).containsPattern("--target=TARGET +production \\(default\\)")
                .doesNotContain("simulator (default)")
                .contains("AXYS_ENV, AXYS_BASE_URL and golive.yaml never choose the target here")
                .contains("a --target naming another real target is refused");
        assertThat(golive("run", "--help").out()).containsPattern("--target=TARGET +simulator \\(default\\)")
                .contains("AXYS_ENV or AXYS_BASE_URL");
    }
}
