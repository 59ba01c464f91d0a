package com.axys.golive.security;

import com.axys.golive.tls.ThrowawayPki;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * Test fixture: an HTTPS server on 127.0.0.1 that requires a client certificate from the throwaway CA, presents a
 * server certificate for the names it is given (e.g. Axys production's), records every request that reaches it
 * (method and path) and answers each with an empty list envelope. It stands for "a server answering as production":
 * what it records is what would have reached production.
 */
final class CountingAxysServer implements AutoCloseable {

    private final HttpsServer server;
    private final List<String> requests = new ArrayList<>();

    CountingAxysServer(ThrowawayPki pki, List<String> serverNames) throws Exception {
        this(pki, serverNames, null);
    }

    /** As above, but answering every request with a 302 to {@code redirectTo} + the request's path, when not null. */
    CountingAxysServer(ThrowawayPki pki, List<String> serverNames, String redirectTo) throws Exception {
        ThrowawayPki.IssuedIdentity identity = pki.issueServer("counting-server-" + serverNames.get(0), serverNames);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(identity.pkcs12())) {
            keys.load(in, pki.storePassword());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, pki.storePassword());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", pki.caCert());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                params.setSSLParameters(ssl);
            }
        });
        server.createContext("/", exchange -> {
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            }
            exchange.getRequestBody().readAllBytes();
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo + exchange.getRequestURI().getRawPath());
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            byte[] body = "{\"status\":\"success\",\"items\":[],\"total\":0,\"limit\":50,\"offset\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The requests received so far, and forgets them. */
    List<String> drain() {
        synchronized (requests) {
            List<String> copy = List.copyOf(requests);
            requests.clear();
            return copy;
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
    }
}
