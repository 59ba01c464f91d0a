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

    @Test
    void aShortClearingDelayLetsAWalletTransferSucceedInRealTime() throws Exception {
        SimulatorCommand command = new SimulatorCommand();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(
                "--pki-dir", dir.resolve("pki").toString(), "--clearing-delay", "3s"));
        try {
            String text = awaitLine(out, "Press Ctrl-C");
            assertThat(text).contains("clearing     3s (real time)").contains("review delay 5s (real time)");
            Caller caller = Caller.of(text);
            long source = caller.post("/wallets", "{\"name\":\"source\"}").path("walletId").asLong();
            long target = caller.post("/wallets", "{\"name\":\"target\"}").path("walletId").asLong();
            caller.post("/wallets/" + source + "/bank-deposit", "{\"transactionAmount\":5000}");
            String transfer = "{\"sourceWalletId\":" + source + ",\"destinationType\":0,\"destinationId\":"
                    + target + ",\"amount\":2500}";
            HttpResponse<String> early = caller.send("POST", "/wallets/transfer", transfer);
            assertThat(early.statusCode()).as("before clearing: %s", early.body()).isEqualTo(422);
            assertThat(early.body()).contains("walletAvailableBalance (0)");

            Instant deadline = Instant.now().plusSeconds(30);
            HttpResponse<String> made = early;
            while (made.statusCode() != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
                made = caller.send("POST", "/wallets/transfer", transfer);
            }
            assertThat(made.statusCode()).as("after the 3 s clearing: %s", made.body()).isEqualTo(200);
            assertThat(made.body()).contains("\"transStatus\":1");
        } finally {
            command.stop.countDown();
        }
        assertThat(exit.get()).isZero();
    }

    @Test
    void theHelpSaysWhichReviewDelayAppliesWhereAndTheClearingDefault() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "simulator", "--help"))
                .isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("--review-delay=SECONDS Seconds of real time a KYC review takes here")
                .contains("(default 5 s)")
                .contains("runs on a virtual clock instead, with a "
                        + com.axys.golive.simulator.ProgramProfile.DEFAULT_REVIEW_DELAY.toSeconds() + " s review")
                .contains("--clearing-delay=DURATION")
                .contains("(default " + com.axys.golive.simulator.ProgramProfile.DEFAULT_CLEARING_DELAY.toDays()
                        + " days");
    }

    @Test
    void aBadClearingOrReviewDelayIsAOneLineUsageError() {
        for (String[] args : new String[][] {{"simulator", "--clearing-delay", "soon"},
                {"simulator", "--clearing-delay", "10"}, {"simulator", "--review-delay", "-1",
                        "--pki-dir", dir.resolve("pki").toString()}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
            assertThat(code).as("%s: %s", String.join(" ", args), err).isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", args)).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(err.toString()).containsAnyOf("--clearing-delay", "--review-delay");
        }
    }

    /** Calls the printed simulator the way a user's integration would, with the printed credentials. */
    private record Caller(HttpClient http, URI base, String apiKey) {

        static Caller of(String text) throws Exception {
            Path ca = Path.of(value(text, "CA cert"));
            Path cert = Path.of(value(text, "client cert"));
            Path key = Path.of(value(text, "client key"));
            var identity = new CredentialLoader(Clock.systemUTC()).loadPem(
                    Secret.of("file:" + cert, Files.readAllBytes(cert)), Secret.of("file:" + key,
                            Files.readAllBytes(key)), Optional.empty());
            var ssl = SslContexts.client(identity, SslContexts.readCertificates(Files.readAllBytes(ca), "ca"));
            return new Caller(HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build(),
                    URI.create(value(text, "base URL")), value(text, "API key"));
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", apiKey)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        com.fasterxml.jackson.databind.JsonNode post(String path, String json) throws Exception {
            HttpResponse<String> answer = send("POST", path, json);
            assertThat(answer.statusCode()).as("POST %s: %s", path, answer.body()).isEqualTo(200);
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
        }
    }

    @Test
    void stagingLikeSaysWhatItPlaysAndRefusesChaosBesideIt() throws Exception {
        SimulatorCommand command = new SimulatorCommand();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(
                "--pki-dir", dir.resolve("pki").toString(), "--staging-like", "--staging-seed", "7"));
        try {
            String text = awaitLine(out, "Press Ctrl-C");
            assertThat(text).contains("staging-like seed 7: about 5% of KYC validations end in 7 or 6 on their own");
        } finally {
            command.stop.countDown();
        }
        assertThat(exit.get()).isZero();

        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "simulator", "--pki-dir", dir.resolve("pki2").toString(), "--staging-like", "--chaos", "1");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("give --staging-like or --chaos, not both").doesNotContain("\tat ");
    }

    static String awaitLine(StringWriter out, String marker) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!out.toString().contains(marker)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the simulator did not print '" + marker + "' in 60 s: " + out);
            }
            Thread.sleep(50);
        }
        return out.toString();
    }

    static String value(String text, String label) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(label) + "\\s+(\\S+)").matcher(text);
        assertThat(m.find()).as("'%s' printed in:%n%s", label, text).isTrue();
        return m.group(1);
    }
}
