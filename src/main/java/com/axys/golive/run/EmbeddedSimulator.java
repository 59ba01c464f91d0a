package com.axys.golive.run;

import com.axys.golive.secrets.Secret;
import com.axys.golive.simulator.AxysSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.simulator.SimulatorOptions;
import com.axys.golive.simulator.domain.VirtualClock;
import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.ThrowawayPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The simulator as a run (or {@code golive simulator}) uses it: a throwaway PKI in an owner-only folder, a random
 * API key, a virtual clock and the WireMock server on 127.0.0.1. Closing it stops the server and deletes the PKI.
 */
public final class EmbeddedSimulator implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThrowawayPki pki;
    private final Secret apiKey;
    private final VirtualClock clock;
    private final AxysSimulator server;
    private final boolean deletePkiOnClose;

    private EmbeddedSimulator(ThrowawayPki pki, Secret apiKey, VirtualClock clock, AxysSimulator server,
                              boolean deletePkiOnClose) {
        this.pki = pki;
        this.apiKey = apiKey;
        this.clock = clock;
        this.server = server;
        this.deletePkiOnClose = deletePkiOnClose;
    }

    /**
     * Starts a simulator on {@code port} (0 = any free port) with PKI material under {@code pkiDir}, or under a new
     * temporary folder (deleted at close) when {@code pkiDir} is null.
     */
    public static EmbeddedSimulator start(Path pkiDir, int port, ProgramProfile program, Clock realClock) {
        boolean temporary = pkiDir == null;
        Path dir;
        try {
            dir = temporary ? Files.createTempDirectory("golive-pki-") : pkiDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the simulator's certificates", e);
        }
        ThrowawayPki pki = ThrowawayPki.generate(dir, realClock);
        byte[] keyBytes = new byte[24];
        RANDOM.nextBytes(keyBytes);
        Secret apiKey = Secret.of("generated:simulator-api-key", ("sim_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(keyBytes)).getBytes(StandardCharsets.US_ASCII));
        VirtualClock clock = new VirtualClock(realClock);
        AxysSimulator server = AxysSimulator.start(new SimulatorOptions(port, pki.serverKeystore(),
                pki.serverTruststore(), pki.storePassword(), apiKey.asString(), program, clock));
        return new EmbeddedSimulator(pki, apiKey, clock, server, temporary);
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

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (deletePkiOnClose) {
                deleteTree(pki.dir());
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the folder is owner-only and under the system's temporary folder
        }
    }
}
