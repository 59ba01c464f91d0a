package com.axys.golive.config;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a run sends its calls: the embedded simulator, Axys staging or production, or any https base URL (a
 * Program's own gateway or a tunnel to staging).
 *
 * <p>A target is named by what it is, not by how it was written: a URL whose host is Axys's production or staging
 * host (in any spelling {@link AxysHost} reads: case, trailing dot, port) is {@code production} or {@code staging},
 * never {@code custom}.
 *
 * @param name      {@code simulator}, {@code staging}, {@code production} or {@code custom}
 * @param baseUrl   the base URL ending in the API version, e.g. {@code https://staging.api.axyscards.com/v2};
 *                  {@code null} for the simulator until it has started
 */
public record Target(String name, URI baseUrl) {

    public static final URI STAGING = URI.create("https://" + AxysHost.STAGING + "/v2");
    public static final URI PRODUCTION = URI.create("https://" + AxysHost.PRODUCTION + "/v2");

    private static final String API_PATH = "/v2";

    public Target {
        Objects.requireNonNull(name, "name");
        if (!name.equals("simulator")) {
            Objects.requireNonNull(baseUrl, "baseUrl");
        }
    }

    /**
     * Reads a target as the user writes it: {@code simulator}, {@code staging}, {@code production} or an
     * {@code https://} URL ending in {@code /v2}.
     */
    public static Target parse(String text) {
        String value = text == null ? "" : text.trim();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "simulator", "sim", "" -> {
                return new Target("simulator", null);
            }
            case "staging", "sandbox" -> {
                return new Target("staging", STAGING);
            }
            case "production", "prod" -> {
                return new Target("production", PRODUCTION);
            }
            default -> {
                return url(value);
            }
        }
    }

    /** True when {@code text} names a target by name rather than by URL. */
    static boolean isName(String text) {
        return text != null && !text.trim().regionMatches(true, 0, "https://", 0, 8)
                && !text.trim().regionMatches(true, 0, "http://", 0, 7);
    }

    private static Target url(String value) {
        if (value.regionMatches(true, 0, "http://", 0, 7)) {
            throw new HarnessException(Category.USAGE, "target '" + value + "' is plain http; Axys requires mTLS,"
                    + " so the target must be an https:// base URL");
        }
        if (!value.regionMatches(true, 0, "https://", 0, 8)) {
            throw new HarnessException(Category.USAGE, "unknown target '" + value
                    + "'; use simulator, staging, production or an https:// base URL ending in /v2");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new HarnessException(Category.USAGE, "target '" + value + "' is not a valid URL ("
                    + e.getReason() + "); write it like https://gateway.example.com/v2");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new HarnessException(Category.USAGE, "target '" + value + "' names no host (or an invalid one);"
                    + " write it like https://gateway.example.com/v2");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new HarnessException(Category.USAGE, "target '" + value + "' has a query or fragment; a base URL"
                    + " is scheme, host, optional port and path only, like https://gateway.example.com/v2");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (!path.endsWith(API_PATH)) {
            throw new HarnessException(Category.USAGE, "target '" + value + "' does not end in " + API_PATH
                    + "; Axys serves API v2 under " + API_PATH + ", so write it like https://"
                    + uri.getRawAuthority() + (path.isEmpty() ? "" : path) + API_PATH);
        }
        String host = AxysHost.normalize(uri.getHost());
        String name = AxysHost.environmentOf(host).orElse("custom");
        String authority = (host.contains(":") ? "[" + host + "]" : host) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new Target(name, URI.create("https://" + authority + path));
    }

    public boolean isSimulator() {
        return name.equals("simulator");
    }

    /** Production by name or by host, however spelled. */
    public boolean isProduction() {
        return name.equals("production") || (baseUrl != null && AxysHost.isProduction(baseUrl.getHost()));
    }

    /** The same target once its base URL is known (the simulator's port is chosen at start). */
    public Target at(URI url) {
        return new Target(name, url);
    }

    @Override
    public String toString() {
        return baseUrl == null ? name : name + " (" + baseUrl + ")";
    }
}
