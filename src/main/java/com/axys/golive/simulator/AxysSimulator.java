package com.axys.golive.simulator;

import com.axys.golive.HarnessException;
import com.axys.golive.simulator.domain.SimulatedAxys;
import com.axys.golive.simulator.wiremock.ApiDispatcher;
import com.axys.golive.simulator.wiremock.AxysWireMockServer;
import com.axys.golive.simulator.wiremock.ResponseOverrides;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded Axys simulator: a stateful stand-in for Axys staging on {@code https://127.0.0.1:PORT/v2}, HTTPS only,
 * requiring a client certificate from the configured CA and the configured {@code X-API-Key}. Start it, point the
 * harness at {@link #baseUrl()}, drive it through {@link #control()}, close it.
 */
public final class AxysSimulator implements AutoCloseable {

    private final AxysWireMockServer server;
    private final SimulatorControl control;

    private AxysSimulator(AxysWireMockServer server, SimulatorControl control) {
        this.server = server;
        this.control = control;
    }

    /**
     * Starts a simulator with an empty Program.
     *
     * @throws HarnessException (CONNECTIVITY) when the server cannot start: port taken, unreadable stores
     */
    public static AxysSimulator start(SimulatorOptions options) {
        Objects.requireNonNull(options, "options");
        AtomicReference<ProgramProfile> program = new AtomicReference<>(options.program());
        SimulatedAxys axys = new SimulatedAxys(options.clock(), program::get, options.seed());
        ResponseOverrides overrides = new ResponseOverrides();
        ApiDispatcher dispatcher = new ApiDispatcher(axys, options.apiKey(), overrides,
                com.axys.golive.simulator.wiremock.WebhookSender.trusting(options.truststore(),
                        options.storePassword()));
        AxysWireMockServer server;
        try {
            server = AxysWireMockServer.start(options.port(), options.keystore(), options.truststore(),
                    options.storePassword(), dispatcher);
        } catch (RuntimeException cannotStart) {
            throw new HarnessException(HarnessException.Category.CONNECTIVITY, "cannot start the Axys simulator on "
                    + "127.0.0.1:" + options.port() + " with keystore " + options.keystore() + ": "
                    + cannotStart.getMessage() + "; choose a free port (0 picks one) and check the store files and "
                    + "their password", cannotStart);
        }
        return new AxysSimulator(server, new LiveSimulatorControl(axys, program, overrides,
                dispatcher.operationIds(), dispatcher.deprecatedOperationIds(), dispatcher::requestsReceived,
                dispatcher::webhookDeliveries));
    }

    /** e.g. {@code https://127.0.0.1:43121/v2} */
    public String baseUrl() {
        return "https://127.0.0.1:" + server.port() + "/v2";
    }

    public int port() {
        return server.port();
    }

    public SimulatorControl control() {
        return control;
    }

    @Override
    public void close() {
        server.close();
    }
}
