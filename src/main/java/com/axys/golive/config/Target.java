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
 * @param name      {@code simulator}, {@code staging}, {@code production} or {@code custom}
 * @param baseUrl   the base URL ending in the API version, e.g. {@code https://staging.api.axyscards.com/v2};
 *                  {@code null} for the simulator until it has started
 */
public record Target(String name, URI baseUrl) {

    public static final URI STAGING = URI.create("https://staging.api.axyscards.com/v2");
    public static final URI PRODUCTION = URI.create("https://production.api.axyscards.com/v2");

    public Target {
        Objects.requireNonNull(name, "name");
        if (!name.equals("simulator")) {
            Objects.requireNonNull(baseUrl, "baseUrl");
        }
    }

    /**
     * Reads a target as the user writes it: {@code simulator}, {@code staging}, {@code production} or an
     * {@code https://} URL.
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
                return custom(value);
            }
        }
    }

    private static Target custom(String value) {
        if (value.regionMatches(true, 0, "http://", 0, 7)) {
            throw new HarnessException(Category.USAGE, "target '" + value + "' is plain http; Axys requires mTLS,"
                    + " so the target must be an https:// base URL");
        }
        if (!value.regionMatches(true, 0, "https://", 0, 8)) {
            throw new HarnessException(Category.USAGE, "unknown target '" + value
                    + "'; use simulator, staging, production or an https:// base URL ending in /v2");
        }
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getHost() == null) {
                throw new URISyntaxException(value, "no host");
            }
            return new Target("custom", uri);
        } catch (URISyntaxException e) {
            throw new HarnessException(Category.USAGE, "target '" + value + "' is not a valid URL ("
                    + e.getReason() + "); write it like https://gateway.example.com/v2");
        }
    }

    public boolean isSimulator() {
        return name.equals("simulator");
    }

    public boolean isProduction() {
        return name.equals("production") || PRODUCTION.getHost().equalsIgnoreCase(
                baseUrl == null ? "" : baseUrl.getHost());
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
