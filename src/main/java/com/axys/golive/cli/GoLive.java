package com.axys.golive.cli;

import com.axys.golive.run.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code golive} command. */
@Command(name = "golive", mixinStandardHelpOptions = true, versionProvider = GoLive.Version.class,
        subcommands = {RunCommand.class, PreflightCommand.class, VerifyProductionCommand.class, GoNoGoCommand.class,
                SimulatorCommand.class, ProxyCommand.class, EvidenceCommand.class,
                CommandLine.HelpCommand.class},
        description = {"Axys Go-Live Harness: contract tests, evidence pack and launch-day checks for an Axys Cards v2"
                + " integration.", ""},
        footer = {"", "Start here:",
                "  golive run                   every Phase 1 feature against the embedded simulator",
                "  golive run --target staging  the same against Axys staging (README: staging)",
                "  golive preflight             Phase 2 checks: certificate, key, expiry, FCrDNS, auth",
                "  golive verify-production --confirm   Phase 3 on launch day (README)",
                "  golive go-no-go --preflight DIR --production BUNDLE   the launch verdict page",
                "  golive simulator             the simulator alone, and how to call it",
                "  golive proxy                 record your own backend's calls (README: your own integration)",
                "  golive evidence verify DIR   check a run's bundle offline (also: pack, scan)",
                "  golive <command> --help      options and examples of one command",
                "", "Exit codes: 0 pass, 1 failures, 2 usage/config, 3 TLS/connectivity,",
                "            4 evidence, 70 harness defect."})
public final class GoLive {

    private GoLive() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (testable: no System.exit). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs a command line with its output going to {@code out} and {@code err}; returns the exit code. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    /** Help is as wide as the terminal, at most this (and this when the width cannot be told, as in a pipe). */
    static final int MAX_HELP_WIDTH = 120;
    private static final int MIN_HELP_WIDTH = 55; // picocli's minimum

    static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new GoLive())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpLongOptionsMaxWidth(26)
                .setHelpFactory((spec, colors) -> {
                    spec.usageMessage().width(MAX_HELP_WIDTH).autoWidth(true);
                    int width = Math.max(MIN_HELP_WIDTH, Math.min(MAX_HELP_WIDTH, spec.usageMessage().width()));
                    spec.usageMessage().autoWidth(false).width(width);
                    return new CommandLine.Help(spec, colors);
                });
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"golive " + ToolVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
