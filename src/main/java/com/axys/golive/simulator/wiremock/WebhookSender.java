package com.axys.golive.simulator.wiremock;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The 3-D Secure OTP callback (reference §9): after a challenge, a POST of {@code {"cardId":N}} (never the code) to
 * each listener's {@code webhookUrl}, as Axys makes it, so a Program's receiver reads the code with its token. The
 * simulator calls nothing outside the machine: a URL whose host is not a loopback address is recorded as not sent.
 * Deliveries are made off the request thread with a 2 s timeout, trusting the simulator's own CA (a receiver uses a
 * certificate from it, as the harness's does), and each is recorded with its outcome.
 */
public final class WebhookSender {

    /** One callback: where, for which card, and what came of it. */
    public record Delivery(String url, long cardId, int status, String outcome, Instant at) {

        /** The receiver answered 2xx. */
        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<CompletableFuture<?>> inFlight = new ArrayList<>();

    private WebhookSender(HttpClient http) {
        this.http = http;
    }

    /** A sender trusting the CA certificates of {@code truststore} (PKCS#12), the simulator's own. */
    public static WebhookSender trusting(Path truststore, char[] password) {
        try (InputStream in = Files.newInputStream(truststore)) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(in, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return new WebhookSender(HttpClient.newBuilder().sslContext(tls).connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER).build());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the webhook sender cannot read the simulator's truststore " + truststore
                    + ": " + e.getMessage(), e);
        }
    }

    /** A sender that records every callback as not sent (a simulator started without a truststore). */
    public static WebhookSender none() {
        return new WebhookSender(null);
    }

    /** Sends {@code {"cardId":cardId}} to each of {@code urls}, off this thread; returns at once. */
    void send(long cardId, List<String> urls) {
        for (String url : urls) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException bad) {
                record(new Delivery(url, cardId, -1, "not sent: not a URL", Instant.now()));
                continue;
            }
            if (http == null || !loopback(uri.getHost())) {
                record(new Delivery(url, cardId, -1, "not sent: the simulator calls nothing outside 127.0.0.1"
                        + " (a staging webhook must be publicly reachable with a publicly trusted certificate)",
                        Instant.now()));
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"cardId\":" + cardId + "}"))
                    .build();
            CompletableFuture<?> sent = http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        record(failure == null
                                ? new Delivery(url, cardId, response.statusCode(), "answered " + response.statusCode(),
                                Instant.now())
                                : new Delivery(url, cardId, -1, "failed: " + failure.getClass().getSimpleName(),
                                Instant.now()));
                        return null;
                    });
            synchronized (inFlight) {
                inFlight.removeIf(CompletableFuture::isDone);
                inFlight.add(sent);
            }
        }
    }

    /** Every callback so far, in the order they ended, after waiting up to the timeout for those in flight. */
    public List<Delivery> deliveries() {
        List<CompletableFuture<?>> pending;
        synchronized (inFlight) {
            pending = List.copyOf(inFlight);
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(TIMEOUT.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception stillGoing) {
            // what has ended is returned; the rest shows on a later call
        }
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    private void record(Delivery delivery) {
        synchronized (deliveries) {
            deliveries.add(delivery);
        }
    }

    private static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost would need DNS: never resolved here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
