package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.cli.GoLive;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad invocations of {@code golive proxy}: one line each, exit 2, nothing started and no bundle written. */
final class ProxyCommandLineTest {

    @TempDir
    Path work;

    private record Ran(int code, String out, String err) { }

    private Ran golive(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Ran(code, out.toString(), err.toString());
    }

    @Test
    void plainHttpOnAnAddressOtherHostsReachIsRefusedInOneLine() {
        Ran ran = golive("proxy", "--plain-http", "--bind", "0.0.0.0", "--evidence", work.resolve("e").toString());
        assertThat(ran.code()).isEqualTo(2);
        assertThat(ran.err().strip().lines()).hasSize(1).first().asString()
                .contains("--plain-http listens on 127.0.0.1 only");
        assertThat(Files.exists(work.resolve("e"))).isFalse();
    }

    @Test
    void productionWithoutAllowProductionIsRefusedBeforeAnySecretIsRead() {
        Ran ran = golive("proxy", "--target", "production", "--api-key", "file:" + work.resolve("no-such-key"),
                "--evidence", work.resolve("e").toString());
        assertThat(ran.code()).isEqualTo(2);
        assertThat(ran.err()).contains("--allow-production").doesNotContain("no-such-key");
        assertThat(Files.exists(work.resolve("e"))).isFalse();
    }

    @Test
    void aMalformedFaultPlanNamesTheFaultsItKnows() {
        Ran ran = golive("proxy", "--inject", "418:5%", "--evidence", work.resolve("e").toString());
        assertThat(ran.code()).isEqualTo(2);
        assertThat(ran.err()).contains("'418' is not a fault").contains("reset-after-send");
    }

    @Test
    void helpShowsExamplesAndFitsTheTerminal() {
        Ran ran = golive("proxy", "--help");
        assertThat(ran.code()).isZero();
        assertThat(ran.out()).contains("Examples:").contains("--inject 429:5%,503:2%,timeout:1%,reset-after-send:1%")
                .contains("--allow-production").contains("--plain-http");
        assertThat(ran.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        assertThat(golive("--help").out()).contains("golive proxy");
    }
}
