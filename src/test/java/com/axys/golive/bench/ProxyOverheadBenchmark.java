package com.axys.golive.bench;

import com.axys.golive.config.Target;
import com.axys.golive.proxy.FaultPlan;
import com.axys.golive.proxy.ProxySession;
import com.axys.golive.proxy.ProxySettings;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.run.ResolvedCredentials;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.tls.SslContexts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What {@code golive proxy} costs a backend per call: the same GET /cardholders against the embedded simulator, once
 * straight over mTLS with the JDK's HTTP client (the backend as it is: the baseline), once through the proxy (HTTPS
 * to the listener, then forwarding over mTLS, capture, contract validation, redaction, evidence line, state
 * ledger). Both clients reuse their connections; rounds alternate so machine noise hits both; the figures are
 * medians of every call's latency and their ratio. Not a test: run it with {@code ./mvnw -B -q test-compile
 * exec:java -Dexec.mainClass=com.axys.golive.bench.ProxyOverheadBenchmark -Dexec.classpathScope=test}.
 */
public final class ProxyOverheadBenchmark {

    private static final int CALLS_PER_ROUND = 200;
    private static final int ROUNDS = 5;

    private ProxyOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("golive-proxy-bench-");
        try (EmbeddedSimulator sim = EmbeddedSimulator.start(root.resolve("sim-pki"), 0, ProgramProfile.defaults(),
                Clock.systemUTC())) {
            ProxySession proxy = ProxySession.open(new ProxySettings("127.0.0.1", 0, false, root.resolve("proxy-pki"),
                    "benchmark", false, FaultPlan.NONE, ProxySettings.DEFAULT_HOLD, Duration.ofSeconds(5),
                    Duration.ofSeconds(30), root.resolve("evidence")), new Target("simulator", sim.baseUrl()),
                    new ResolvedCredentials(sim.clientIdentity(), List.of(sim.pki().caCert()), sim.apiKey()),
                    Clock.systemUTC(), null, line -> { });
            try {
                HttpClient direct = client(SslContexts.client(sim.clientIdentity(), List.of(sim.pki().caCert())));
                HttpClient viaProxy = client(trusting(proxy.listenerPki().orElseThrow().caCert()));
                HttpRequest straight = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/cardholders"))
                        .header("X-API-Key", sim.apiKey().asString()).build();
                HttpRequest proxied = HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/cardholders")).build();

                time(direct, straight, 50);
                time(viaProxy, proxied, 50);
                double[] base = new double[ROUNDS * CALLS_PER_ROUND];
                double[] through = new double[ROUNDS * CALLS_PER_ROUND];
                for (int r = 0; r < ROUNDS; r++) {
                    double[] b = time(direct, straight, CALLS_PER_ROUND);
                    double[] p = time(viaProxy, proxied, CALLS_PER_ROUND);
                    System.arraycopy(b, 0, base, r * CALLS_PER_ROUND, CALLS_PER_ROUND);
                    System.arraycopy(p, 0, through, r * CALLS_PER_ROUND, CALLS_PER_ROUND);
                    System.out.printf("round %d: direct %.3f ms/call, through the proxy %.3f ms/call (medians)%n",
                            r + 1, median(b), median(p));
                }
                double b = median(base);
                double p = median(through);
                System.out.printf("%nmedian per call over %d rounds of %d calls: direct %.3f ms, through the proxy"
                        + " %.3f ms, ratio %.2fx (+%.3f ms per call for the extra hop, capture, validation,"
                        + " redaction and evidence)%n", ROUNDS, CALLS_PER_ROUND, b, p, p / b, p - b);
            } finally {
                proxy.close();
                System.out.printf("calls recorded: %d%n", proxy.evidence().tally().calls());
            }
        }
    }

    private static HttpClient client(SSLContext ssl) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl).build();
    }

    private static double[] time(HttpClient client, HttpRequest request, int n) throws Exception {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /cardholders answered " + response.statusCode());
            }
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static SSLContext trusting(java.security.cert.X509Certificate ca) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("proxy-ca", ca);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
