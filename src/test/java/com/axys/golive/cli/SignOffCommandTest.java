package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SignOffCommandTest {

    @TempDir
    Path root;

    @Test
    void anUnknownRunIsAUsageErrorInOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = GoLive.execute(new PrintWriter(out), new PrintWriter(err), "evidence", "sign-off",
                root.resolve("no-such-run").toString(), "--item", "P1.CARD.03", "--by", "Dana", "--ref", "T-1");

        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("no run").doesNotContain("Exception");
    }
}
