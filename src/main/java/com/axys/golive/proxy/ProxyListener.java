package com.axys.golive.proxy;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.tls.ThrowawayPki;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * Where the backend connects: the JDK's own HTTP server ({@code com.sun.net.httpserver}), HTTPS with a server
 * certificate from a local CA generated at start (its path printed, as {@code golive simulator} prints its own), or
 * plain HTTP on loopback. On an address other hosts can reach, callers must also present the local CA's client
 * certificate, so that nobody else on the network borrows the Program's credentials.
 */
final class ProxyListener implements AutoCloseable {

    static final int THREADS = 32;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;
    private final ThrowawayPki pki;

    private ProxyListener(HttpServer server, ExecutorService executor, URI baseUrl, ThrowawayPki pki) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.pki = pki;
    }

    static ProxyListener start(ProxySettings settings, String basePath, HttpHandler handler, Clock clock) {
        // The JDK server writes an answer's headers and body apart; with Nagle's algorithm on, the body then waits
        // for the client's delayed ACK (about 40 ms a call). Read once, when the first server is created.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        InetSocketAddress address = new InetSocketAddress(settings.bindAddress(), settings.port());
        ThrowawayPki pki = settings.plainHttp() ? null : ThrowawayPki.generate(settings.pkiDir().toAbsolutePath(),
                clock);
        HttpServer server;
        try {
            if (pki == null) {
                server = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(configurator(serverContext(pki), settings.exposed()));
                server = https;
            }
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, "golive proxy cannot listen on " + settings.bind() + ":"
                    + settings.port() + " (" + e.getMessage() + "); choose a free --port or another --bind", e);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "golive-proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        String host = settings.bindAddress().getHostAddress();
        URI base = URI.create((pki == null ? "http" : "https") + "://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + server.getAddress().getPort() + basePath);
        return new ProxyListener(server, executor, base, pki);
    }

    /** The base URL the backend uses instead of the target's, e.g. {@code https://127.0.0.1:8443/v2}. */
    URI baseUrl() {
        return baseUrl;
    }

    /** The local CA the backend trusts for the listener (HTTPS only). */
    Optional<ThrowawayPki> pki() {
        return Optional.ofNullable(pki);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpsConfigurator configurator(SSLContext context, boolean clientCertificates) {
        return new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(clientCertificates);
                params.setSSLParameters(ssl);
            }
        };
    }

    private static SSLContext serverContext(ThrowawayPki pki) {
        char[] password = pki.storePassword();
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(pki.serverKeystore(), password), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(pki.serverTruststore(), password));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the proxy listener's TLS context from its local CA under "
                    + pki.dir() + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
