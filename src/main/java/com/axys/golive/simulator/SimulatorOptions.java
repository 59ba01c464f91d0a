package com.axys.golive.simulator;

import com.axys.golive.simulator.domain.VirtualClock;
import com.axys.golive.tls.ThrowawayPki;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start the simulator. {@code program} and {@code clock} may be {@code null} for the defaults ({@link
 * ProgramProfile#defaults()}, a virtual clock on system time).
 *
 * @param port          HTTPS port on 127.0.0.1; 0 picks a free one
 * @param keystore      PKCS#12 file with the server key and certificate
 * @param truststore    PKCS#12 file with the CA that client certificates must chain to
 * @param storePassword the password of both stores
 * @param apiKey        the Program-level {@code X-API-Key} the simulator accepts
 * @param seed          seeds the generated card data (PANs, addresses, KYC links): same seed, same data
 */
public record SimulatorOptions(int port, Path keystore, Path truststore, char[] storePassword, String apiKey,
                               ProgramProfile program, VirtualClock clock, long seed) {

    /** The seed used when none is given: runs are reproducible by default. */
    public static final long DEFAULT_SEED = 20_240_601L;

    public SimulatorOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, got " + port);
        }
        Objects.requireNonNull(keystore, "keystore (PKCS#12 with the server key and certificate)");
        Objects.requireNonNull(truststore, "truststore (PKCS#12 with the client CA)");
        storePassword = Objects.requireNonNull(storePassword, "storePassword").clone();
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank: the simulator checks X-API-Key like Axys");
        }
        program = program != null ? program : ProgramProfile.defaults();
        clock = clock != null ? clock : new VirtualClock(Clock.systemUTC());
    }

    /** The seven-component form: data from {@link #DEFAULT_SEED}. */
    public SimulatorOptions(int port, Path keystore, Path truststore, char[] storePassword, String apiKey,
                            ProgramProfile program, VirtualClock clock) {
        this(port, keystore, truststore, storePassword, apiKey, program, clock, DEFAULT_SEED);
    }

    /** Any free port, the server stores of {@code pki}, default Program, a virtual clock on system time. */
    public static SimulatorOptions of(ThrowawayPki pki, String apiKey) {
        return new SimulatorOptions(0, pki.serverKeystore(), pki.serverTruststore(), pki.storePassword(), apiKey,
                null, null);
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(newPort, keystore, truststore, storePassword, apiKey, program, clock, seed);
    }

    public SimulatorOptions withProgram(ProgramProfile newProgram) {
        return new SimulatorOptions(port, keystore, truststore, storePassword, apiKey, newProgram, clock, seed);
    }

    public SimulatorOptions withClock(VirtualClock newClock) {
        return new SimulatorOptions(port, keystore, truststore, storePassword, apiKey, program, newClock, seed);
    }

    public SimulatorOptions withSeed(long newSeed) {
        return new SimulatorOptions(port, keystore, truststore, storePassword, apiKey, program, clock, newSeed);
    }

    /** A copy of the store password (the record keeps its own). */
    @Override
    public char[] storePassword() {
        return storePassword.clone();
    }

    /** Never shows the store password or the API key. */
    @Override
    public String toString() {
        return "SimulatorOptions[port=" + port + ", keystore=" + keystore + ", truststore=" + truststore
                + ", storePassword=***, apiKey=***, program=" + program + ", seed=" + seed + "]";
    }
}
