package com.axys.golive.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Test fixture: a one-connection TLS server on 127.0.0.1 that requires a client certificate from the throwaway CA.
 * {@link #peer()} completes with the client certificate's subject, or exceptionally when the handshake failed.
 */
final class MutualTlsServer implements AutoCloseable {

    private final SSLServerSocket socket;
    private final CompletableFuture<String> peer = new CompletableFuture<>();

    MutualTlsServer(ThrowawayPki pki) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(pki.serverKeystore(), pki.storePassword()), pki.storePassword());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(pki.serverTruststore(), pki.storePassword()));
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        socket = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        socket.setNeedClientAuth(true);
        Thread acceptor = new Thread(this::acceptOne, "mtls-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    CompletableFuture<String> peer() {
        return peer;
    }

    private void acceptOne() {
        try (SSLSocket client = (SSLSocket) socket.accept()) {
            client.setSoTimeout(5_000);
            client.startHandshake();
            peer.complete(client.getSession().getPeerPrincipal().getName());
            client.getOutputStream().write('1');
            client.getOutputStream().flush();
        } catch (Exception e) {
            peer.completeExceptionally(e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
