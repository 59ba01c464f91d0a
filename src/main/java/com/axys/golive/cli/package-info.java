/**
 * The command line: a picocli root command with one class per subcommand, each returning an exit code from
 * {@link com.axys.golive.cli.ExitCode}. Expected failures print one clean line; only {@code main} calls System.exit.
 */
package com.axys.golive.cli;
