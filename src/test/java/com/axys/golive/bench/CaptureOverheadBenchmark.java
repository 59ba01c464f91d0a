package com.axys.golive.bench;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.tls.SslContexts;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.http.conn.ssl.SSLSocketFactory;

/**
 * What the harness costs per call: the same GET /cardholders against the embedded simulator through the JDK's own
 * {@code HttpClient} (same mTLS context, HTTP/1.1, connection reuse: the floor), a bare REST Assured client (no
 * filters: the baseline) and the harness client (rate filter, capture, contract validation, redaction, evidence line,
 * state ledger). Rounds alternate so machine noise hits all three; the figures are medians of the rounds, the p95 of
 * every call, and their ratios to the floor. Not a test: run it with
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.axys.golive.bench.CaptureOverheadBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class CaptureOverheadBenchmark {

    private static final int CALLS_PER_ROUND = 200;
    private static final int ROUNDS = 5;

    private CaptureOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("golive-bench-");
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(root), Clock.systemUTC())) {
            var sim = session.simulator().orElseThrow();
            @SuppressWarnings("deprecation")
            SSLSocketFactory sockets = new SSLSocketFactory(SslContexts.client(sim.clientIdentity(),
                    java.util.List.of(sim.pki().caCert())), SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
            RequestSpecification bare = RestAssured.given().baseUri(sim.baseUrl().toString())
                    .header("X-API-Key", sim.apiKey().asString())
                    .config(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig().sslSocketFactory(sockets))
                            .httpClient(HttpClientConfig.httpClientConfig().reuseHttpClientInstance()));
            IntSupplier baseline = () -> RestAssured.given().spec(bare).get("/cardholders").then().extract()
                    .response().asString().length();
            IntSupplier harness = () -> session.client().cardholders().list(Map.of()).asString().length();
            HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(SslContexts.client(sim.clientIdentity(), java.util.List.of(sim.pki().caCert())))
                    .build();
            HttpRequest get = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/cardholders"))
                    .header("X-API-Key", sim.apiKey().asString()).GET().build();
            IntSupplier floor = () -> {
                try {
                    return jdk.send(get, HttpResponse.BodyHandlers.ofString()).body().length();
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };

            List<Long> floorCalls = new ArrayList<>();
            List<Long> baseCalls = new ArrayList<>();
            List<Long> fullCalls = new ArrayList<>();
            time(floor, 50, new ArrayList<>());
            time(baseline, 50, new ArrayList<>());
            time(harness, 50, new ArrayList<>());
            double[] low = new double[ROUNDS];
            double[] base = new double[ROUNDS];
            double[] full = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                low[r] = time(floor, CALLS_PER_ROUND, floorCalls);
                base[r] = time(baseline, CALLS_PER_ROUND, baseCalls);
                full[r] = time(harness, CALLS_PER_ROUND, fullCalls);
                System.out.printf("round %d: JDK HttpClient %.3f, bare REST Assured %.3f, harness %.3f ms/call%n",
                        r + 1, low[r], base[r], full[r]);
            }
            double f = median(low);
            double b = median(base);
            double h = median(full);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%nper call, %d rounds of %d calls (median of rounds; p95 of every call):%n",
                    ROUNDS, CALLS_PER_ROUND);
            System.out.printf("  %-22s %8s %8s %9s%n", "client", "median", "p95", "x floor");
            System.out.printf("  %-22s %5.3f ms %5.3f ms %8.2fx%n", "JDK HttpClient (floor)", f, p95(floorCalls), 1.0);
            System.out.printf("  %-22s %5.3f ms %5.3f ms %8.2fx%n", "bare REST Assured", b, p95(baseCalls), b / f);
            System.out.printf("  %-22s %5.3f ms %5.3f ms %8.2fx%n", "harness", h, p95(fullCalls), h / f);
            System.out.printf("harness / bare REST Assured: %.2fx (+%.3f ms per call for capture, validation,"
                    + " redaction and evidence)%n", h / b, h - b);
            System.out.printf("heap in use after %d calls: %d MiB%n", session.evidence().tally().calls(),
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
    }

    private static double time(IntSupplier call, int n, List<Long> each) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long c0 = System.nanoTime();
            call.getAsInt();
            each.add(System.nanoTime() - c0);
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    private static double p95(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        java.util.Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
