package com.axys.golive.simulator.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;

/**
 * WireMock set up as the simulated Axys endpoint: HTTPS only on 127.0.0.1, a client certificate from the trusted CA
 * required at the handshake, one catch-all stub answered by the Axys adapter, no request journal (memory stays flat)
 * and the admin API refused.
 */
public final class AxysWireMockServer implements AutoCloseable {

    static final String BIND_ADDRESS = "127.0.0.1";

    private final WireMockServer server;

    private AxysWireMockServer(WireMockServer server) {
        this.server = server;
    }

    /**
     * Starts the server on {@code port} (0 picks a free one).
     *
     * @param keystore   PKCS#12 with the server key and certificate
     * @param truststore PKCS#12 with the CA that client certificates must chain to
     */
    public static AxysWireMockServer start(int port, Path keystore, Path truststore, char[] storePassword,
                                           ApiDispatcher dispatcher) {
        String password = new String(storePassword);
        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress(BIND_ADDRESS)
                .httpDisabled(true)
                .httpsPort(port)
                .keystorePath(keystore.toString())
                .keystoreType("PKCS12")
                .keystorePassword(password)
                .keyManagerPassword(password)
                .needClientAuth(true)
                .trustStorePath(truststore.toString())
                .trustStoreType("PKCS12")
                .trustStorePassword(password)
                .jettyAcceptors(1)
                .disableRequestJournal()
                .notifier(new Slf4jNotifier(false))
                .adminAuthenticator(request -> false)
                .extensions(new AxysApiTransformer(dispatcher));
        WireMockServer server = new WireMockServer(config);
        try {
            server.start();
        } catch (RuntimeException cannotStart) {
            server.stop();
            throw cannotStart;
        }
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(AxysApiTransformer.NAME)));
        return new AxysWireMockServer(server);
    }

    /** The port actually bound. */
    public int port() {
        return server.httpsPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
