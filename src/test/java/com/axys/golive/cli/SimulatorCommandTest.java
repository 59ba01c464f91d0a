package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.secrets.Secret;
import com.axys.golive.tls.CredentialLoader;
import com.axys.golive.tls.SslContexts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code golive simulator}: what it prints is enough to call it, exactly as a user would with curl. */
final class SimulatorCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEverythingNeededToCallItAndAnswersACallMadeWithThat() throws Exception {
        SimulatorCommand command = new SimulatorCommand();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(
                "--pki-dir", dir.resolve("pki").toString(), "--review-delay", "1"));
        try {
            String text = awaitLine(out, "Press Ctrl-C");
            URI base = URI.create(value(text, "base URL"));
            Path ca = Path.of(value(text, "CA cert"));
            Path cert = Path.of(value(text, "client cert"));
            Path key = Path.of(value(text, "client key"));
            String apiKey = value(text, "API key");
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            assertThat(text).contains("curl --cacert " + ca);
            for (Path printed : new Path[] {ca, cert, key, Path.of(value(text, "client p12"))}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(printed)))
                        .as("permissions of the printed %s", printed.getFileName()).isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())))
                    .isEqualTo("rwx------");

            var identity = new CredentialLoader(Clock.systemUTC()).loadPem(
                    Secret.of("file:" + cert, Files.readAllBytes(cert)), Secret.of("file:" + key,
                            Files.readAllBytes(key)), Optional.empty());
            var ssl = SslContexts.client(identity, SslContexts.readCertificates(Files.readAllBytes(ca), "ca"));
            HttpClient http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/cardholders"))
                    .header("X-API-Key", apiKey).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"status\":\"success\"").contains("\"items\"");
        } finally {
            command.stop.countDown();
        }
        assertThat(exit.get()).isZero();
    }

    private static String awaitLine(StringWriter out, String marker) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!out.toString().contains(marker)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the simulator did not print '" + marker + "' in 60 s: " + out);
            }
            Thread.sleep(50);
        }
        return out.toString();
    }

    private static String value(String text, String label) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(label) + "\\s+(\\S+)").matcher(text);
        assertThat(m.find()).as("'%s' printed in:%n%s", label, text).isTrue();
        return m.group(1);
    }
}
