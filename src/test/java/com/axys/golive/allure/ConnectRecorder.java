package com.axys.golive.allure;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.Permission;
import java.util.Set;

/**
 * A security manager for a test's child JVM ({@code -Djava.security.manager=} this class): it permits everything
 * except a name lookup or connection beyond loopback, and writes every lookup ({@code host:-1}) and connection
 * ({@code host:port}) it is asked about, one per line, to the file named by {@code -Dgolive.test.connects}. A
 * refused attempt is still written, so the test sees what was tried and nothing leaves the machine.
 */
public final class ConnectRecorder extends SecurityManager {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1",
            "[::1]", "[0:0:0:0:0:0:0:1]");

    /** The first line the recorder writes, so a test knows it was installed. */
    static final String INSTALLED = "# recorder installed";

    private final FileOutputStream out;
    private final ThreadLocal<Boolean> busy = ThreadLocal.withInitial(() -> false);

    public ConnectRecorder() {
        try {
            out = new FileOutputStream(System.getProperty("golive.test.connects"), true);
            out.write((INSTALLED + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        // everything else is allowed: this manager records, it does not sandbox
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        // as above
    }

    @Override
    public void checkConnect(String host, int port) {
        record(host, port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        record(host, port);
    }

    private void record(String host, int port) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        try {
            synchronized (out) {
                out.write((host + ":" + port + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            busy.set(false);
        }
        if (!isLoopback(host)) {
            throw new SecurityException("test guard: no lookup or connection beyond loopback (" + host + ")");
        }
    }

    static boolean isLoopback(String host) {
        if (LOOPBACK.contains(host)) {
            return true;
        }
        try {
            return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
