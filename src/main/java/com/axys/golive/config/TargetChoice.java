package com.axys.golive.config;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the run's target from the places a user can name one, and refuses to guess when they disagree.
 *
 * <p>Precedence is the usual one: {@code --target}, then the environment ({@code AXYS_BASE_URL} over
 * {@code AXYS_ENV}), then golive.yaml ({@code baseUrl} over {@code target}), then the simulator. Two rules keep a
 * run from landing somewhere its user did not mean:
 * <ul>
 *   <li>Within one place, a name and a URL must agree: {@code AXYS_ENV=production} with a staging
 *       {@code AXYS_BASE_URL} (or {@code target: staging} with a production {@code baseUrl}) is an error. A
 *       staging name with a URL of another host (a Program's tunnel to staging) is allowed.</li>
 *   <li>When any place says production, the run is production or the embedded simulator: a higher-precedence
 *       place that names another real target is an error, not a silent override on launch day.</li>
 * </ul>
 */
final class TargetChoice {

    private record Source(String where, Target target) { }

    private TargetChoice() {
    }

    static Target resolve(String flag, String envName, String envUrl, String fileName, String fileUrl) {
        List<Source> sources = new ArrayList<>();
        add(sources, "--target", flag);
        Source env = agreeing("AXYS_ENV", envName, "AXYS_BASE_URL", envUrl);
        if (env != null) {
            sources.add(env);
        }
        Source file = agreeing("golive.yaml target", fileName, "golive.yaml baseUrl", fileUrl);
        if (file != null) {
            sources.add(file);
        }
        if (sources.isEmpty()) {
            return Target.parse("simulator");
        }
        Source chosen = sources.get(0);
        if (!chosen.target().isProduction() && !chosen.target().isSimulator()) {
            for (Source other : sources) {
                if (other.target().isProduction()) {
                    throw new HarnessException(Category.USAGE, chosen.where() + " names " + chosen.target()
                            + " but " + other.where() + " names production (" + other.target().baseUrl()
                            + "); the harness does not guess between production and another target: remove one,"
                            + " or use --target production");
                }
            }
        }
        return chosen.target();
    }

    private static void add(List<Source> sources, String where, String text) {
        if (text != null && !text.isBlank()) {
            sources.add(new Source(where, parse(where, text)));
        }
    }

    /** The one target a place names with its name and URL keys, or null when it names none. */
    private static Source agreeing(String nameKey, String name, String urlKey, String url) {
        boolean hasName = name != null && !name.isBlank();
        boolean hasUrl = url != null && !url.isBlank();
        if (!hasUrl) {
            return hasName ? new Source(nameKey, parse(nameKey, name)) : null;
        }
        Target byUrl = parse(urlKey, url);
        if (hasName) {
            Target byName = parse(nameKey, name);
            boolean tunnelToStaging = byName.name().equals("staging") && byUrl.name().equals("custom");
            if (!byName.name().equals(byUrl.name()) && !tunnelToStaging) {
                throw new HarnessException(Category.USAGE, nameKey + " says " + byName.name() + " but " + urlKey
                        + " " + byUrl.baseUrl() + " is " + describe(byUrl) + "; make them agree or remove one");
            }
        }
        return new Source(urlKey, byUrl);
    }

    private static Target parse(String where, String text) {
        try {
            return Target.parse(text);
        } catch (HarnessException e) {
            throw new HarnessException(e.category(), where + ": " + e.getMessage(), e);
        }
    }

    private static String describe(Target t) {
        return t.name().equals("custom") ? "not an Axys host" : "Axys " + t.name();
    }
}
