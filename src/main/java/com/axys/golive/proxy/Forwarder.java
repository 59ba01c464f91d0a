package com.axys.golive.proxy;

import com.axys.golive.capture.ServerConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Sends one backend request on to the target with the JDK's HTTP client over the Program's mTLS context (HTTP/1.1,
 * redirects never followed, no {@code Accept-Encoding}), adding {@code X-API-Key} when the backend sent none, and
 * returns what the target answered. Each new TLS session is reported once, with the certificate chain the server presented.
 */
final class Forwarder {

    /** Headers that belong to one hop (or that the JDK client sets itself) and are not passed on. */
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "proxy-authorization",
            "proxy-authenticate", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect");

    /**
     * Not passed on either: the target is asked for an uncompressed answer, so the evidence records the body the
     * backend reads (a compressed JSON body would be recorded as an unreadable-body marker, and not validated).
     */
    static final String ACCEPT_ENCODING = "accept-encoding";

    private final HttpClient http;
    private final URI base;
    private final String apiKey;
    private final Duration readTimeout;
    private final Consumer<ServerConnection> connections;
    private final Clock clock;
    private final Set<String> sessionsSeen = ConcurrentHashMap.newKeySet();

    /** What was sent (headers as they left, body) and what came back. */
    record Sent(URI uri, Map<String, List<String>> headers, HttpResponse<byte[]> response) { }

    Forwarder(URI base, SSLContext ssl, String apiKey, Duration connectTimeout, Duration readTimeout,
              Consumer<ServerConnection> connections, Clock clock) {
        this.http = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
        this.base = base;
        this.apiKey = apiKey;
        this.readTimeout = readTimeout;
        this.connections = connections;
        this.clock = clock;
    }

    /** The target URI for {@code suffix}, the path and query after the API's base path ({@code /cardholders?x=1}). */
    URI target(String suffix) {
        return URI.create(base.toString().replaceAll("/$", "") + suffix);
    }

    /** The headers that leave for the target: the backend's own but hop-by-hop ones, and the API key if absent. */
    Map<String, List<String>> outgoing(Map<String, List<String>> incoming) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        incoming.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !lower.equals(ACCEPT_ENCODING)) {
                out.put(name, List.copyOf(values));
            }
        });
        if (out.keySet().stream().noneMatch(n -> n.equalsIgnoreCase("X-API-Key"))) {
            out.put("X-API-Key", List.of(apiKey));
        }
        return out;
    }

    Sent send(String method, URI uri, Map<String, List<String>> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.sslSession().ifPresent(this::noteSession);
        return new Sent(uri, headers, response);
    }

    /** The target's response headers, without the HTTP/2 pseudo-headers the JDK may list. */
    static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                out.put(name, List.copyOf(values));
            }
        });
        return out;
    }

    private void noteSession(SSLSession session) {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x509) {
                    chain.add(x509);
                }
            }
        } catch (SSLPeerUnverifiedException e) {
            return; // no verified peer: nothing to record (the handshake check refused it)
        }
        String key = session.getCreationTime() + ":" + java.util.HexFormat.of().formatHex(session.getId())
                + ":" + (chain.isEmpty() ? "" : chain.get(0).getSerialNumber());
        if (!sessionsSeen.add(key)) {
            return;
        }
        String host = base.getHost();
        String address;
        try {
            address = InetAddress.getByName(host).getHostAddress();
        } catch (IOException e) {
            address = null;
        }
        connections.accept(new ServerConnection(clock.instant(), host, base.getPort() == -1 ? 443 : base.getPort(),
                address, session.getProtocol(), session.getCipherSuite(), chain));
    }
}
