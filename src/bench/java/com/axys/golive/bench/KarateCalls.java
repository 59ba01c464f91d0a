package com.axys.golive.bench;

import com.axys.golive.run.EmbeddedSimulator;
import com.intuit.karate.Http;
import com.intuit.karate.http.Response;
import java.util.Map;

/**
 * The benchmark's calls made by Karate's HTTP engine from Java ({@link Http}: a Karate scenario engine, its request
 * builder and Apache client, the response parsed as a Karate step would), presenting the simulator's client
 * certificate ({@code configure ssl}: the client PKCS#12 and a trust store holding only the throwaway CA) and the
 * API key ({@code configure headers}). Karate 1.5.2 builds a new Apache client for every request (ApacheHttpClient
 * invoke), so each call opens a new connection and TLS handshake: the benchmark counts them. Compiled only with
 * -Pbench (src/bench/java); {@link CaptureOverheadBenchmark} finds it by name.
 */
final class KarateCalls implements CaptureOverheadBenchmark.Calls {

    private final Http http;

    KarateCalls(EmbeddedSimulator sim) {
        // No "interpreter only" banner from GraalJS on a stock JDK.
        System.setProperty("polyglot.engine.WarnInterpreterOnly", "false");
        // Karate logs requests (headers included: the API key) at DEBUG and a failed call's request at WARN.
        if (org.slf4j.LoggerFactory.getLogger("com.intuit.karate") instanceof ch.qos.logback.classic.Logger karate) {
            karate.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        String password = new String(sim.pki().storePassword());
        this.http = Http.to(sim.baseUrl().toString());
        http.configure("ssl", Map.of(
                "keyStore", "file:" + sim.pki().client().pkcs12(), "keyStorePassword", password,
                "keyStoreType", "pkcs12",
                "trustStore", "file:" + sim.pki().serverTruststore(), "trustStorePassword", password,
                "trustStoreType", "pkcs12"));
        http.configure("headers", Map.of("X-API-Key", sim.apiKey().asString()));
    }

    private static Response ok(Response response, String call) {
        CaptureOverheadBenchmark.ok(response.getStatus(), call);
        return response;
    }

    @Override
    public long create(Map<String, Object> body) {
        Response response = ok(http.path("cardholders").post(body), "create");
        return ((Number) ((Map<?, ?>) response.getBodyConverted()).get("cardholderId")).longValue();
    }

    @Override
    public void get(long cardholderId) {
        ok(http.path("cardholders", Long.toString(cardholderId)).get(), "get");
    }

    @Override
    public void submitKyc(long cardholderId) {
        ok(http.path("cardholders", Long.toString(cardholderId), "kyc-submit").method("put"), "submit KYC");
    }

    @Override
    public void list() {
        ok(http.path("cardholders").param("limit", "10").get(), "list");
    }
}
