package com.axys.golive.client;

import com.axys.golive.tls.ThrowawayPki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A loopback HTTPS server (client certificate required, as Axys does) that keeps every request's header lines
 * exactly as they arrived on the socket, and answers each with {@code 200 {}}: what the wire carried, counted at
 * the server and not through any client-side view.
 */
final class RawHttpsServer implements AutoCloseable {

    private final SSLServerSocket socket;
    private final List<List<String>> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private RawHttpsServer(SSLServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::acceptAll, "raw-https-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static RawHttpsServer start(ThrowawayPki pki) throws Exception {
        char[] password = pki.storePassword();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pki.serverKeystore())) {
            keys.load(in, password);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pki.serverTruststore())) {
            trust.load(in, password);
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, password);
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(km.getKeyManagers(), tm.getTrustManagers(), null);
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setNeedClientAuth(true);
        return new RawHttpsServer(server);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The header lines of every request received so far, oldest first (request line excluded). */
    List<List<String>> requests() {
        return List.copyOf(requests);
    }

    /** How many header lines of request {@code index} carry {@code name} (case-insensitive). */
    long count(int index, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return requests.get(index).stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix)).count();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread worker = new Thread(() -> serve(connection), "raw-https-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            handle(connection);
        } catch (IOException e) {
            // the client went away: nothing more to record
        }
    }

    /** One connection, requests until the client closes it (REST Assured keeps it alive). */
    private void handle(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream();
        while (true) {
            List<String> head = readHead(in);
            if (head == null) {
                return;
            }
            requests.add(List.copyOf(head.subList(1, head.size())));
            long length = head.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElse(0);
            in.readNBytes((int) length);
            byte[] body = "{}".getBytes(StandardCharsets.US_ASCII);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }
    }

    /** The request line and header lines up to the blank line; null at the end of the stream. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
                line.reset();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
