package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clean line and an exit code: expected ones ({@link HarnessException}) with their message,
 * flag mistakes with a pointer to --help, anything else as a harness defect (stack trace only with --debug).
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof HarnessException h) {
            err.println("golive: error: " + h.getMessage());
            err.flush();
            return ExitCode.of(h.category()).code();
        }
        err.println("golive: internal error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        err.println("  This is a defect in the harness, not in your integration. Re-run with"
                + " GOLIVE_JAVA_OPTS=-Dgolive.debug=true for the stack trace and report it.");
        if (Boolean.getBoolean("golive.debug")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("golive: " + ex.getMessage());
        List<String> close = Suggestions.of(ex);
        if (!close.isEmpty()) {
            String prefix = close.get(0).startsWith("-") ? "" : cmd.getCommandSpec().qualifiedName() + " ";
            err.println("Did you mean " + close.stream().map(n -> "'" + prefix + n + "'")
                    .collect(Collectors.joining(" or ")) + "?");
        }
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
        err.flush();
        return ExitCode.USAGE.code();
    }
}
