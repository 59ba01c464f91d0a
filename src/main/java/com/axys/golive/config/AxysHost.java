package com.axys.golive.config;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Axys's own API hosts, recognised however a user spells them: any letter case, trailing dots, an IDN form, with
 * or without a port or user info. The production guard and the target's name both rely on this one reading.
 */
public final class AxysHost {

    public static final String PRODUCTION = "production.api.axyscards.com";
    public static final String STAGING = "staging.api.axyscards.com";

    private AxysHost() {
    }

    /**
     * The host in the one form DNS compares: lower case, ASCII (IDN), no trailing dots, no IPv6 brackets. Returns the
     * input lower-cased when it is not a valid IDN (it then matches nothing of Axys's).
     */
    public static String normalize(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        try {
            h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notAnIdn) {
            // keep the lower-cased text: it cannot be one of Axys's names
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two base URLs name the same target: same scheme, the same host as {@link #normalize} reads it (any
     * case, no trailing dot), the same port (an explicit default port is the same as none) and the same path (a
     * trailing slash aside). What {@code golive run --continue} and a campaign pack both demand of their runs.
     */
    public static boolean sameBaseUrl(String a, String b) {
        return baseUrlKey(a).equals(baseUrlKey(b));
    }

    private static String baseUrlKey(String url) {
        try {
            java.net.URI u = java.net.URI.create(url.strip());
            String host = u.getHost() == null ? "" : normalize(u.getHost());
            int port = u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
            return String.valueOf(u.getScheme()).toLowerCase(Locale.ROOT) + "://" + host + ":" + port + path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    public static boolean isProduction(String host) {
        return PRODUCTION.equals(normalize(host));
    }

    public static boolean isStaging(String host) {
        return STAGING.equals(normalize(host));
    }

    /** {@code production} or {@code staging} when {@code host} is one of Axys's API hosts. */
    public static Optional<String> environmentOf(String host) {
        String h = normalize(host);
        if (PRODUCTION.equals(h)) {
            return Optional.of("production");
        }
        if (STAGING.equals(h)) {
            return Optional.of("staging");
        }
        return Optional.empty();
    }
}
