package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.secrets.Secret;
import com.axys.golive.tls.CredentialLoader;
import com.axys.golive.tls.SslContexts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The simulator's control surface as a Program's own tests would drive it: plain HTTP calls with the printed token,
 * no Java API, against {@code golive simulator} started as a user starts it; the Axys API then behaves as told.
 */
final class ControlSurfaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void itsPrintedCurlCommandsSteerTheSimulatorOverHttpAndBadRequestsAreOneLine() throws Exception {
        SimulatorCommand command = new SimulatorCommand();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(
                "--pki-dir", dir.resolve("pki").toString(), "--review-delay", "3600"));
        try {
            String text = SimulatorCommandTest.awaitLine(out, "Press Ctrl-C");
            Matcher printed = Pattern.compile("curl -H 'X-Control-Token: ([0-9a-f]+)' (http://127\\.0\\.0\\.1:\\d+/control)\n")
                    .matcher(text);
            assertThat(printed.find()).as(text).isTrue();
            String token = printed.group(1);
            String control = printed.group(2);
            HttpClient plain = HttpClient.newHttpClient();

            // The Axys API, over mTLS as the printed credentials allow.
            URI base = URI.create(SimulatorCommandTest.value(text, "base URL"));
            Path ca = Path.of(SimulatorCommandTest.value(text, "CA cert"));
            Path cert = Path.of(SimulatorCommandTest.value(text, "client cert"));
            Path key = Path.of(SimulatorCommandTest.value(text, "client key"));
            String apiKey = SimulatorCommandTest.value(text, "API key");
            var identity = new CredentialLoader(Clock.systemUTC()).loadPem(Secret.of("file:" + cert,
                    Files.readAllBytes(cert)), Secret.of("file:" + key, Files.readAllBytes(key)), Optional.empty());
            HttpClient api = HttpClient.newBuilder().sslContext(SslContexts.client(identity,
                    SslContexts.readCertificates(Files.readAllBytes(ca), "ca"))).build();

            assertThat(call(plain, "GET", control, null, null).statusCode()).as("no token").isEqualTo(401);
            JsonNode index = JSON.readTree(call(plain, "GET", control, token, null).body());
            assertThat(index.has("POST /control/fail-next")).isTrue();
            assertThat(index.has("POST /control/clock/advance")).isTrue();
            assertThat(JSON.readTree(call(plain, "GET", control + "/webhooks", token, null).body()).isArray())
                    .as("no OTP callback yet").isTrue();

            // fail-next: the next list is a 503, the one after it is answered.
            assertThat(call(plain, "POST", control + "/fail-next", token,
                    "{\"operationId\":\"listCardholders\",\"count\":1,\"status\":503}").statusCode()).isEqualTo(200);
            assertThat(axys(api, "GET", base + "/cardholders", apiKey, null).statusCode()).isEqualTo(503);
            assertThat(axys(api, "GET", base + "/cardholders", apiKey, null).statusCode()).isEqualTo(200);

            // A forced KYC outcome, shown once the clock has moved past the review delay (an hour here).
            String created = axys(api, "POST", base + "/cardholders", apiKey, """
                    {"firstName":"Jordan","lastName":"Control","emailAdr":"jordan.control@example.test",
                     "gender":2,"nationality":"American","placeOfBirth":"USA","dob":"1990-04-01",
                     "adrLine1":"1 Main Street","city":"Springfield","country":"US","callingCode":"1",
                     "cellNum":"5550100200"}""").body();
            long id = JSON.readTree(created).path("cardholderId").asLong();
            assertThat(id).as(created).isPositive();
            assertThat(axys(api, "PUT", base + "/cardholders/" + id + "/kyc-submit", apiKey, "{}").statusCode())
                    .isEqualTo(200);
            assertThat(call(plain, "POST", control + "/kyc-outcome", token,
                    "{\"cardholderId\":" + id + ",\"status\":7}").statusCode()).isEqualTo(200);
            assertThat(status(api, base, apiKey, id)).as("still under review: an hour to go").isEqualTo(3);
            assertThat(call(plain, "POST", control + "/clock/advance", token, "{\"seconds\":3601}").statusCode())
                    .isEqualTo(200);
            assertThat(status(api, base, apiKey, id)).as("the forced Admin Decline, after the hour").isEqualTo(7);

            // Bad requests: one line each, naming the problem and the fix.
            HttpResponse<String> unknown = call(plain, "POST", control + "/fail-next", token,
                    "{\"operationId\":\"noSuchOperation\",\"count\":1,\"status\":503}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(unknown.body()).path("error").asText()).contains("unknown operationId")
                    .doesNotContain("\n");
            assertThat(call(plain, "POST", control + "/clock/advance", token, "not json").statusCode()).isEqualTo(400);
            assertThat(call(plain, "POST", control + "/nothing", token, "{}").statusCode()).isEqualTo(404);
            assertThat(call(plain, "POST", control + "/refuse-ip", token, "{\"operationId\":\"listCardholders\","
                    + "\"count\":1,\"cause\":\"because\",\"callingIp\":\"127.0.0.1\",\"domain\":\"pay.example.test\"}")
                    .body()).contains("unknown 403 cause");
        } finally {
            command.stop.countDown();
        }
        assertThat(exit.get()).isZero();
    }

    private static int status(HttpClient api, URI base, String apiKey, long id) throws Exception {
        return JSON.readTree(axys(api, "GET", base + "/cardholders/" + id, apiKey, null).body()).path("cardholder")
                .path("status").asInt();
    }

    private static HttpResponse<String> axys(HttpClient http, String method, String url, String apiKey, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", apiKey)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> call(HttpClient http, String method, String url, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Control-Token", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
