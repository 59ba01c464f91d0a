package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.OwnerOnly;
import com.axys.golive.gonogo.GoNoGo;
import com.axys.golive.gonogo.GoNoGoInputs;
import com.axys.golive.gonogo.Phase3Results;
import com.axys.golive.gonogo.PreflightResults;
import com.axys.golive.gonogo.GoNoGoHtml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "go-no-go", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Launch day: judges the saved preflight results and a verify-production bundle into GO,"
                + " GO WITH WARNINGS or NO-GO, and writes one self-contained page listing every red item with its"
                + " reason and fix, the warnings, and the Phase 4 checklist with its sign-offs.", ""},
        footer = {"", "Examples:",
                "  golive preflight --target production ... --save preflight/",
                "  golive verify-production --confirm ...           # evidence/<run-id>/",
                "  golive go-no-go --preflight preflight/ --production evidence/<run-id> -o go-no-go.html",
                "",
                "Exit codes: 0 GO; 1 NO-GO; 5 GO WITH WARNINGS; 2 bad input (a missing or unreadable",
                "file, or a bundle that is not a production verification)."})
final class GoNoGoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preflight", required = true, paramLabel = "FILE_OR_DIR",
            description = "The folder 'golive preflight --save DIR' wrote, or its preflight.json.")
    Path preflight;

    @Option(names = "--production", required = true, paramLabel = "BUNDLE",
            description = "The folder of a 'golive verify-production' run, evidence/<run-id>/.")
    Path production;

    @Option(names = {"-o", "--output"}, paramLabel = "HTML", defaultValue = "go-no-go.html",
            description = "Where to write the page (default ${DEFAULT-VALUE}).")
    Path output;

    private final Clock clock;

    GoNoGoCommand() {
        this(Clock.systemUTC());
    }

    GoNoGoCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PreflightResults saved = GoNoGoInputs.readPreflight(preflight);
        Phase3Results phase3 = GoNoGoInputs.readProduction(production);
        GoNoGo decision = GoNoGo.decide(saved, phase3);
        String page = GoNoGoHtml.render(decision, GoNoGoInputs.phase4(phase3), clock.instant());
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                OwnerOnly.createDirectories(parent);
            }
            OwnerOnly.writeString(output, page);
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, "cannot write the page to " + output + " ("
                    + e.getClass().getSimpleName() + "); give -o a file in a folder you can write to");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(decision.verdictLine());
        out.println("Page: " + output);
        out.flush();
        return switch (decision.decision()) {
            case GO -> ExitCode.PASS.code();
            case GO_WITH_WARNINGS -> ExitCode.WARNINGS.code();
            case NO_GO -> ExitCode.FAILURES.code();
        };
    }
}
