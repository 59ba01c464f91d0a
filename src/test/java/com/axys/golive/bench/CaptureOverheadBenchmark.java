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
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.http.conn.ssl.SSLSocketFactory;

/**
 * What the harness costs per call: the same GET /cardholders against the embedded simulator, once through a bare
 * REST Assured client (same mTLS context, connection reuse, no filters: the baseline) and once through the harness
 * client (rate filter, capture, contract validation, redaction, evidence line, state ledger). Rounds alternate so
 * machine noise hits both; the figures are medians and their ratio. Not a test: run it with
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

            time(baseline, 50);
            time(harness, 50);
            double[] base = new double[ROUNDS];
            double[] full = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                base[r] = time(baseline, CALLS_PER_ROUND);
                full[r] = time(harness, CALLS_PER_ROUND);
                System.out.printf("round %d: baseline %.3f ms/call, harness %.3f ms/call%n", r + 1, base[r], full[r]);
            }
            double b = median(base);
            double h = median(full);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%nmedian per call over %d rounds of %d calls: baseline %.3f ms, harness %.3f ms,"
                    + " ratio %.2fx (+%.3f ms per call for capture, validation, redaction and evidence)%n",
                    ROUNDS, CALLS_PER_ROUND, b, h, h / b, h - b);
            System.out.printf("heap in use after %d calls: %d MiB%n", session.evidence().tally().calls(),
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
    }

    private static double time(IntSupplier call, int n) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.getAsInt();
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
