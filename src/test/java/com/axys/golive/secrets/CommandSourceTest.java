package com.axys.golive.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.axys.golive.HarnessException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

final class CommandSourceTest {

    private final CommandSource commands = new CommandSource(Duration.ofSeconds(10));

    @Test
    void takesTheValueFromStdout() {
        Secret secret = commands.read(SecretRef.parse("exec:printf 'k-123\\n'; echo noise >&2"));

        assertThat(secret.asString()).isEqualTo("k-123");
        assertThat(secret.source()).isEqualTo("exec:printf 'k-123\\n'; echo noise >&2");
    }

    @Test
    void runsWithStdinClosed() {
        Secret secret = commands.read(SecretRef.parse("exec:cat; echo done"));

        assertThat(secret.asString()).isEqualTo("done");
    }

    @Test
    void reportsExitCodeAndFirstStderrLineOfAFailedCommand() {
        assertThatThrownBy(() -> commands.read(SecretRef.parse("exec:echo 'vault: permission denied' >&2; "
                + "echo second >&2; exit 3")))
                .isInstanceOf(HarnessException.class)
                .hasMessage("command 'exec:echo 'vault: permission denied' >&2; echo second >&2; exit 3' exited 3: "
                        + "vault: permission denied; run it yourself to check")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void withholdsStderrThatRepeatsTheOutput() {
        assertThatThrownBy(() -> commands.read(SecretRef.parse("exec:echo k-123; echo 'got k-123' >&2; exit 1")))
                .isInstanceOf(HarnessException.class)
                .hasMessageEndingWith("' exited 1 (stderr not shown: it repeats the command's output); "
                        + "run it yourself to check");
    }

    @Test
    void withholdsStderrThatRepeatsOneLineOfAMultiLineOutput() {
        String body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
        String header = "-----BEGIN " + "PRIVATE KEY-----";
        String footer = "-----END " + "PRIVATE KEY-----";

        Throwable thrown = catchThrowable(() -> commands.read(SecretRef.parse("exec:printf '%s\\n' '" + header
                + "' " + body + " '" + footer + "'; echo " + body + " >&2; exit 1")));

        assertThat(thrown).isInstanceOf(HarnessException.class)
                .hasMessageEndingWith("exited 1 (stderr not shown: it repeats the command's output); "
                        + "run it yourself to check");
        String printed = thrown.getMessage().substring(thrown.getMessage().lastIndexOf("' exited"));
        assertThat(printed).doesNotContain("MIIEv");
    }

    @Test
    void replacesAnyKeyLikeBlobOnStderrByAMarker() {
        Throwable thrown = catchThrowable(() -> commands.read(SecretRef.parse(
                "exec:echo \"refused key $(printf %s sk_live_ 7Hq2 Zp9x Lm4v Rt8w)\" >&2; exit 2")));

        assertThat(thrown).isInstanceOf(HarnessException.class)
                .hasMessageEndingWith("exited 2: refused key [REDACTED:secret-output]; run it yourself to check");
    }

    @Test
    void showsNoTerminalControlCharactersFromStderr() {
        Throwable thrown = catchThrowable(() -> commands.read(SecretRef.parse(
                "exec:printf '\\033[31mdenied\\033[0m\\tnow\\n' >&2; exit 1")));

        assertThat(thrown.getMessage()).endsWith("exited 1: denied now; run it yourself to check")
                .doesNotContain("\u001b");
    }

    @Test
    @Timeout(5)
    void stopsACommandThatOutlivesTheTimeout() {
        CommandSource impatient = new CommandSource(Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.read(SecretRef.parse("exec:sleep 5")))
                .isInstanceOf(HarnessException.class)
                .hasMessageStartingWith("command 'exec:sleep 5' did not finish within 200 ms and was stopped");
    }
}
