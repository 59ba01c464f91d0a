package com.axys.golive.client;

import com.axys.golive.capture.ServerConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.http.conn.ssl.X509HostnameVerifier;

/**
 * Host name verification that also records who answered: after the wrapped check accepts a connection, the host, the
 * address connected to, the protocol and the server's certificate chain go to the evidence as one
 * {@link ServerConnection}. A connection the wrapped check refuses is not recorded here (the refusal is).
 */
@SuppressWarnings("deprecation")
public final class ServerIdentityRecorder implements X509HostnameVerifier {

    private final X509HostnameVerifier checked;
    private final Consumer<ServerConnection> sink;
    private final Clock clock;

    public ServerIdentityRecorder(X509HostnameVerifier checked, Consumer<ServerConnection> sink, Clock clock) {
        this.checked = checked;
        this.sink = sink;
        this.clock = clock;
    }

    /** The check Apache's socket factory runs on every new connection, with the socket at hand. */
    @Override
    public void verify(String host, SSLSocket ssl) throws IOException {
        checked.verify(host, ssl);
        SSLSession session = ssl.getSession();
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : session.getPeerCertificates()) {
            if (c instanceof X509Certificate x509) {
                chain.add(x509);
            }
        }
        InetAddress address = ssl.getInetAddress();
        sink.accept(new ServerConnection(clock.instant(), host, ssl.getPort(),
                address == null ? null : address.getHostAddress(), session.getProtocol(), session.getCipherSuite(),
                chain));
    }

    @Override
    public void verify(String host, X509Certificate cert) throws SSLException {
        checked.verify(host, cert);
    }

    @Override
    public void verify(String host, String[] cns, String[] subjectAlts) throws SSLException {
        checked.verify(host, cns, subjectAlts);
    }

    @Override
    public boolean verify(String host, SSLSession session) {
        return checked.verify(host, session);
    }
}
