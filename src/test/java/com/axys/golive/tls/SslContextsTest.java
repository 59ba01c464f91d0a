package com.axys.golive.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
final class SslContextsTest {

    @TempDir
    static Path dir;
    private static ThrowawayPki pki;
    private static ThrowawayPki otherPki;

    @BeforeAll
    static void generatePkis() {
        pki = ThrowawayPki.generate(dir.resolve("pki"), Clock.systemUTC());
        otherPki = ThrowawayPki.generateOther(dir.resolve("other"), Clock.systemUTC(), "Some Other CA");
    }

    @Test
    void completesAnMtlsHandshakePresentingTheIdentity() throws Exception {
        SSLContext context = SslContexts.client(identity(pki), List.of(pki.caCert()));

        try (MutualTlsServer server = new MutualTlsServer(pki); SSLSocket socket = connect(context, server)) {
            socket.startHandshake();

            assertThat(socket.getInputStream().read()).isEqualTo('1');
            assertThat(server.peer().get(10, TimeUnit.SECONDS)).contains("CN=pay.example.test");
            assertThat(socket.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        }
    }

    @Test
    void isRefusedWithACertificateFromAnotherCa() throws Exception {
        SSLContext context = SslContexts.client(identity(otherPki), List.of(pki.caCert()));

        try (MutualTlsServer server = new MutualTlsServer(pki); SSLSocket socket = connect(context, server)) {
            IOException refused = catchThrowableOfType(IOException.class, () -> {
                socket.startHandshake();
                socket.getInputStream().read(); // TLS 1.3: the server's verdict arrives after the client finishes
            });

            assertThat(refused).isInstanceOfAny(SSLHandshakeException.class, SocketException.class);
            assertThat(server.peer()).failsWithin(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void trustsTheJdkDefaultsWhenNoAnchorsAreGiven() throws Exception {
        SSLContext context = SslContexts.client(identity(pki), List.of());

        try (MutualTlsServer server = new MutualTlsServer(pki); SSLSocket socket = connect(context, server)) {
            SSLHandshakeException untrusted = catchThrowableOfType(SSLHandshakeException.class, socket::startHandshake);

            assertThat(untrusted).as("the throwaway CA is not a JDK default anchor").isNotNull();
        }
    }

    @Test
    void enablesOnlyTls13And12() {
        SSLContext context = SslContexts.client(identity(pki), List.of(pki.caCert()));

        assertThat(context.getDefaultSSLParameters().getProtocols()).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
    }

    @Test
    void readsEveryCertificateOfABundle() throws Exception {
        byte[] bundle = (Files.readString(pki.caCertPath()) + Files.readString(otherPki.caCertPath()))
                .getBytes(StandardCharsets.US_ASCII);

        List<X509Certificate> anchors = SslContexts.readCertificates(bundle, "CA bundle 'file:ca.pem'");

        assertThat(anchors).containsExactly(pki.caCert(), otherPki.caCert());
    }

    @Test
    void rejectsABundleWithoutCertificatesNamingIt() throws Exception {
        byte[] key = Files.readAllBytes(pki.client().keyPem());

        CredentialException e = catchThrowableOfType(CredentialException.class,
                () -> SslContexts.readCertificates(key, "CA bundle 'file:ca.pem'"));

        assertThat(e.problem()).isEqualTo(CredentialProblem.NO_CERTIFICATE);
        assertThat(e).hasMessageStartingWith("CA bundle 'file:ca.pem' holds no certificate (found: ")
                .hasMessageEndingWith("); give a PEM file of CERTIFICATE blocks");
    }

    private static ClientIdentity identity(ThrowawayPki from) {
        return new ClientIdentity(List.of(from.client().certificate()), from.client().privateKey(), "test");
    }

    private static SSLSocket connect(SSLContext context, MutualTlsServer server) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }
}
