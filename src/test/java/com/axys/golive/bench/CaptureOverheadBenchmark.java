package com.axys.golive.bench;

import com.axys.golive.client.CardholdersApi;
import com.axys.golive.client.JsonAnswer;
import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.testing.Onboarding;
import com.axys.golive.tls.SslContexts;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.apache.http.conn.ssl.SSLSocketFactory;

/**
 * What the harness costs per call, beside other ways of making the same calls over the same mTLS: the JDK's own
 * {@code HttpClient} (HTTP/1.1, connection reuse: the floor), a bare REST Assured client (no filters), the harness
 * client (rate filter, capture, contract validation, redaction, evidence line, state ledger) and Karate's HTTP engine
 * driven from Java ({@code com.intuit.karate.Http}: request builder, Apache client, response parsing; no Gherkin).
 * Two sequences against the embedded simulator: (a) GET /cardholders/{id}; (b) create a cardholder, get it, submit
 * its KYC, list one page (limit 10). Rounds alternate the stacks (each round starts with the next one) so machine
 * noise hits all; the figures are the median of the rounds' medians, the p95 of every call, and their ratios to the
 * floor. Not a test. Run it, with Karate (the {@code bench} profile adds karate-core and src/bench/java; without it
 * Karate is left out), with
 * {@code ./mvnw -B -q -Pbench test-compile exec:java -Dexec.mainClass=com.axys.golive.bench.CaptureOverheadBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class CaptureOverheadBenchmark {

    private static final int CALLS_PER_ROUND = 200;
    private static final int ROUNDS = 5;
    private static final int WARM_UP = 50;

    /** The calls both sequences are made of, as one stack makes them; each fails on a status other than 200. */
    interface Calls {
        long create(Map<String, Object> body);

        void get(long cardholderId);

        void submitKyc(long cardholderId);

        /** GET /cardholders?limit=10: one page. */
        void list();
    }

    private record Stack(String name, Calls calls) {
    }

    private interface Sequence {
        void run(Calls calls, long cardholderId);
    }

    private CaptureOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("golive-bench-");
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(root), Clock.systemUTC())) {
            EmbeddedSimulator sim = session.simulator().orElseThrow();
            SSLContext tls = SslContexts.client(sim.clientIdentity(), List.of(sim.pki().caCert()));
            List<Stack> stacks = new ArrayList<>(List.of(
                    new Stack("JDK HttpClient (floor)", new JdkCalls(sim, tls)),
                    new Stack("bare REST Assured", new RestAssuredCalls(sim, tls)),
                    new Stack("harness", new HarnessCalls(session.client().cardholders()))));
            try {
                stacks.add(new Stack("Karate 1.5.2", (Calls) Class.forName("com.axys.golive.bench.KarateCalls")
                        .getDeclaredConstructor(EmbeddedSimulator.class).newInstance(sim)));
            } catch (ClassNotFoundException e) {
                System.out.println("Karate left out: run with -Pbench to compile src/bench/java and add karate-core");
            }
            long cardholderId = stacks.get(0).calls().create(Onboarding.jordan());

            System.out.println("TCP connections opened to the simulator in " + WARM_UP + " GETs (untimed):");
            for (Stack stack : stacks) {
                System.out.printf("  %-22s %d%n", stack.name(), connectionsOpened(sim.baseUrl().getPort(),
                        () -> time(stack.calls(), (c, id) -> c.get(id), cardholderId, WARM_UP, new ArrayList<>())));
            }
            measure("(a) GET /cardholders/{id}", stacks, (c, id) -> c.get(id), cardholderId);
            measure("(b) create, get, submit KYC, list a page (4 calls; figures per sequence)", stacks, (c, id) -> {
                long created = c.create(Onboarding.jordan());
                c.get(created);
                c.submitKyc(created);
                c.list();
            }, cardholderId);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%nharness evidence: %d calls; heap in use: %d MiB%n",
                    session.evidence().tally().calls(), (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
    }

    private static void measure(String title, List<Stack> stacks, Sequence sequence, long cardholderId) {
        int n = stacks.size();
        double[][] roundMedians = new double[n][ROUNDS];
        List<List<Long>> every = new ArrayList<>();
        for (Stack stack : stacks) {
            every.add(new ArrayList<>());
            time(stack.calls(), sequence, cardholderId, WARM_UP, new ArrayList<>());
        }
        System.out.printf("%n%s%n", title);
        for (int r = 0; r < ROUNDS; r++) {
            StringBuilder line = new StringBuilder("  round " + (r + 1) + ":");
            for (int k = 0; k < n; k++) {
                int s = (r + k) % n;
                List<Long> round = new ArrayList<>();
                time(stacks.get(s).calls(), sequence, cardholderId, CALLS_PER_ROUND, round);
                every.get(s).addAll(round);
                roundMedians[s][r] = quantile(round, 0.5);
                line.append(String.format(" %s %.3f ms;", stacks.get(s).name(), roundMedians[s][r]));
            }
            System.out.println(line);
        }
        System.out.printf("  %d rounds of %d: median of the rounds' medians, p95 of every one, ratio to the floor%n",
                ROUNDS, CALLS_PER_ROUND);
        System.out.printf("  %-22s %9s %9s %9s %9s%n", "stack", "median", "p95", "x floor", "p95 x");
        double floor = median(roundMedians[0]);
        double floorP95 = quantile(every.get(0), 0.95);
        for (int s = 0; s < n; s++) {
            double median = median(roundMedians[s]);
            double p95 = quantile(every.get(s), 0.95);
            System.out.printf("  %-22s %6.3f ms %6.3f ms %8.2fx %8.2fx%n", stacks.get(s).name(), median, p95,
                    median / floor, p95 / floorP95);
        }
    }

    private static void time(Calls calls, Sequence sequence, long cardholderId, int n, List<Long> each) {
        for (int i = 0; i < n; i++) {
            long c0 = System.nanoTime();
            sequence.run(calls, cardholderId);
            each.add(System.nanoTime() - c0);
        }
    }

    /** In milliseconds. */
    private static double quantile(List<Long> nanos, double q) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * q) - 1) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * How many client sockets to {@code port} appear while {@code calls} run, sampled from /proc/net/tcp every 0.2 ms
     * (a lower bound: Apache's client ends a connection with a reset, which leaves no TIME_WAIT entry to count later).
     */
    private static int connectionsOpened(int port, Runnable calls) throws InterruptedException {
        Set<Integer> before = clientPorts(port);
        Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                seen.addAll(clientPorts(port));
                java.util.concurrent.locks.LockSupport.parkNanos(200_000);
            }
        });
        sampler.start();
        try {
            calls.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        seen.addAll(clientPorts(port));
        seen.removeAll(before);
        return seen.size();
    }

    /** Local ports of this machine's TCP sockets to {@code port} (Linux /proc/net/tcp, tcp6), whatever their state. */
    private static Set<Integer> clientPorts(int port) {
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String row : Files.readAllLines(Path.of(table))) {
                    String[] cols = row.trim().split("\\s+");
                    if (cols.length > 2 && cols[2].endsWith(String.format(":%04X", port))) {
                        ports.add(Integer.parseInt(cols[1].substring(cols[1].lastIndexOf(':') + 1), 16));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or the table is absent: the count is then 0
            }
        }
        return ports;
    }

    static void ok(int status, String call) {
        if (status != 200) {
            throw new IllegalStateException(call + " answered " + status);
        }
    }

    /** REST Assured's response (the bare client's and the harness's), read to the end. */
    private static void read(Response response, String call) {
        ok(response.statusCode(), call);
        response.asString();
    }

    /** The floor: the JDK client, request bodies serialized once. */
    private static final class JdkCalls implements Calls {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final HttpClient http;
        private final String base;
        private final String apiKey;
        private String body;

        JdkCalls(EmbeddedSimulator sim, SSLContext tls) {
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build();
            this.base = sim.baseUrl().toString();
            this.apiKey = sim.apiKey().asString();
        }

        private String send(String method, String path, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", apiKey)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                ok(response.statusCode(), method + " " + path);
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public long create(Map<String, Object> cardholder) {
            try {
                if (body == null) {
                    body = JSON.writeValueAsString(cardholder);
                }
                return JSON.readTree(send("POST", "/cardholders", body)).path("cardholderId").asLong();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void get(long cardholderId) {
            send("GET", "/cardholders/" + cardholderId, null);
        }

        @Override
        public void submitKyc(long cardholderId) {
            send("PUT", "/cardholders/" + cardholderId + "/kyc-submit", null);
        }

        @Override
        public void list() {
            send("GET", "/cardholders?limit=10", null);
        }
    }

    /**
     * REST Assured with no filters, one reused Apache client, over the same mTLS context; the created id read as a
     * plain REST Assured suite reads it ({@code jsonPath()}, a Groovy script per read).
     */
    private static final class RestAssuredCalls implements Calls {
        private final RequestSpecification spec;

        @SuppressWarnings("deprecation")
        RestAssuredCalls(EmbeddedSimulator sim, SSLContext tls) {
            SSLSocketFactory sockets = new SSLSocketFactory(tls, SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
            this.spec = RestAssured.given().baseUri(sim.baseUrl().toString())
                    .header("X-API-Key", sim.apiKey().asString())
                    .config(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig().sslSocketFactory(sockets))
                            .httpClient(HttpClientConfig.httpClientConfig().reuseHttpClientInstance()));
        }

        @Override
        public long create(Map<String, Object> body) {
            Response response = RestAssured.given().spec(spec).contentType(ContentType.JSON).body(body)
                    .post("/cardholders");
            read(response, "create");
            return response.jsonPath().getLong("cardholderId");
        }

        @Override
        public void get(long cardholderId) {
            read(RestAssured.given().spec(spec).get("/cardholders/{id}", cardholderId), "get");
        }

        @Override
        public void submitKyc(long cardholderId) {
            read(RestAssured.given().spec(spec).put("/cardholders/{id}/kyc-submit", cardholderId), "submit KYC");
        }

        @Override
        public void list() {
            read(RestAssured.given().spec(spec).queryParam("limit", 10).get("/cardholders"), "list");
        }
    }

    /** The harness client as the step definitions use it (answers read with Jackson: {@link JsonAnswer}). */
    private record HarnessCalls(CardholdersApi cardholders) implements Calls {
        @Override
        public long create(Map<String, Object> body) {
            Response response = cardholders.create(body);
            read(response, "create");
            return JsonAnswer.of(response).getLong("cardholderId");
        }

        @Override
        public void get(long cardholderId) {
            read(cardholders.get(cardholderId), "get");
        }

        @Override
        public void submitKyc(long cardholderId) {
            read(cardholders.submitKyc(cardholderId), "submit KYC");
        }

        @Override
        public void list() {
            read(cardholders.list(Map.of("limit", 10)), "list");
        }
    }
}
