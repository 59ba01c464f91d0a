package com.axys.golive.proxy;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.Target;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How one proxy session listens, forwards and records. Checked as it is made, before anything starts: plain HTTP
 * is refused on any address but loopback, and production without {@code allowProduction}.
 *
 * @param bind            the address to listen on (default 127.0.0.1)
 * @param port            the port, 0 for any free one
 * @param plainHttp       listen without TLS (loopback only)
 * @param pkiDir          where the listener's local CA and server certificate are written (HTTPS only)
 * @param clientName      the label of the calling backend, in every call record's scenario
 * @param allowProduction whether production may be the target at all (and then only reads are forwarded)
 * @param faults          the seeded faults to inject
 * @param hold            how long a {@code timeout} fault holds the backend before closing its connection
 * @param connectTimeout  the upstream connection timeout
 * @param readTimeout     how long the target may take to answer before the backend is answered 504
 * @param evidenceRoot    where the session's bundle folder is created
 */
public record ProxySettings(String bind, int port, boolean plainHttp, Path pkiDir, String clientName,
                            boolean allowProduction, FaultPlan faults, Duration hold, Duration connectTimeout,
                            Duration readTimeout, Path evidenceRoot) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Duration DEFAULT_HOLD = Duration.ofSeconds(31);

    public ProxySettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(hold, "hold");
        if (hold.isNegative() || hold.isZero()) {
            throw new com.axys.golive.HarnessException(com.axys.golive.HarnessException.Category.USAGE,
                    "--hold must be more than 0s (how long a timeout fault holds the backend), got " + hold);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(evidenceRoot, "evidenceRoot");
        clientName = clientName == null || clientName.isBlank() ? "backend" : clientName.strip();
        if (clientName.length() > 80 || clientName.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new HarnessException(Category.USAGE, "--client-name is a short label of one line (at most 80"
                    + " characters), such as 'billing-backend'");
        }
        if (port < 0 || port > 65_535) {
            throw new HarnessException(Category.USAGE, "--port must be 0 (any free port) or 1-65535, got " + port);
        }
        if (!plainHttp) {
            Objects.requireNonNull(pkiDir, "pkiDir");
        }
        if (plainHttp && !address(bind).isLoopbackAddress()) {
            throw new HarnessException(Category.USAGE, "--plain-http listens on 127.0.0.1 only, and " + bind
                    + " is not a loopback address: the backend's calls (API key, card data) would cross the network"
                    + " unencrypted; drop --plain-http (HTTPS with the printed local CA) or use --bind 127.0.0.1");
        }
    }

    /** Refuses production unless it was allowed: a proxy before production forwards reads only, and only then. */
    public void admit(Target target) {
        if (target.isProduction() && !allowProduction) {
            throw new HarnessException(Category.USAGE, "golive proxy does not forward to production unless"
                    + " --allow-production is given, and then forwards only reads (GET, HEAD); point it at staging"
                    + " or the simulator to record writes");
        }
    }

    public InetAddress bindAddress() {
        return address(bind);
    }

    /** Whether other hosts can reach the listener: then callers must present the local CA's client certificate. */
    public boolean exposed() {
        return !bindAddress().isLoopbackAddress();
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new HarnessException(Category.USAGE, "--bind '" + bind + "' is not an address of this host;"
                    + " give an IP address such as 127.0.0.1");
        }
    }
}
