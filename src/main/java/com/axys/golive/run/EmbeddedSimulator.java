package com.axys.golive.run;

import com.axys.golive.secrets.Secret;
import com.axys.golive.simulator.AxysSimulator;
import com.axys.golive.simulator.LocalDnsZone;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.simulator.SimulatorOptions;
import com.axys.golive.simulator.domain.VirtualClock;
import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.ThrowawayPki;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * The simulator as a run (or {@code golive simulator}) uses it: a throwaway PKI in an owner-only folder, a random
 * API key, a virtual clock and the WireMock server on 127.0.0.1. Closing it stops the server and deletes a PKI it
 * put in a temporary folder of its own ({@link ScratchFolder}: also deleted on SIGTERM, or by the next run).
 */
public final class EmbeddedSimulator implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThrowawayPki pki;
    private final Secret apiKey;
    private final VirtualClock clock;
    private final AxysSimulator server;
    private final ScratchFolder ownScratch;
    private final LocalDnsZone dns = LocalDnsZone.start();

    private EmbeddedSimulator(ThrowawayPki pki, Secret apiKey, VirtualClock clock, AxysSimulator server,
                              ScratchFolder ownScratch) {
        this.pki = pki;
        this.apiKey = apiKey;
        this.clock = clock;
        this.server = server;
        this.ownScratch = ownScratch;
    }

    /**
     * Starts a simulator on {@code port} (0 = any free port) with PKI material under {@code pkiDir}, or under a new
     * temporary folder (deleted at close) when {@code pkiDir} is null.
     */
    public static EmbeddedSimulator start(Path pkiDir, int port, ProgramProfile program, Clock realClock) {
        ScratchFolder scratch = pkiDir == null ? ScratchFolder.create() : null;
        try {
            return start(scratch == null ? pkiDir : scratch.newFolder("simulator-pki"), port, program, realClock,
                    scratch);
        } catch (RuntimeException e) {
            if (scratch != null) {
                scratch.close();
            }
            throw e;
        }
    }

    private static EmbeddedSimulator start(Path dir, int port, ProgramProfile program, Clock realClock,
                                           ScratchFolder ownScratch) {
        ThrowawayPki pki = ThrowawayPki.generate(dir, realClock);
        byte[] keyBytes = new byte[24];
        RANDOM.nextBytes(keyBytes);
        Secret apiKey = Secret.of("generated:simulator-api-key", ("sim_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(keyBytes)).getBytes(StandardCharsets.US_ASCII));
        VirtualClock clock = new VirtualClock(realClock);
        AxysSimulator server = AxysSimulator.start(new SimulatorOptions(port, pki.serverKeystore(),
                pki.serverTruststore(), pki.storePassword(), apiKey.asString(), program, clock));
        return new EmbeddedSimulator(pki, apiKey, clock, server, ownScratch);
    }

    public URI baseUrl() {
        return URI.create(server.baseUrl());
    }

    public ThrowawayPki pki() {
        return pki;
    }

    public Secret apiKey() {
        return apiKey;
    }

    public VirtualClock clock() {
        return clock;
    }

    public AxysSimulator server() {
        return server;
    }

    /** The client identity the throwaway CA issued for this run. */
    public ClientIdentity clientIdentity() {
        return new ClientIdentity(List.of(pki.client().certificate(), pki.caCert()), pki.client().privateKey(),
                "throwaway:" + pki.client().certPem().getFileName());
    }

    /**
     * The calling host's DNS as the simulated WAF sees it, served on 127.0.0.1 (empty, so NXDOMAIN, until a step
     * fills it): what a run asks when it diagnoses a 403 "No Authorised IPs configured".
     */
    public LocalDnsZone dns() {
        return dns;
    }

    @Override
    public void close() {
        try {
            dns.close();
            server.close();
        } finally {
            if (ownScratch != null) {
                ownScratch.close();
            }
        }
    }
}
