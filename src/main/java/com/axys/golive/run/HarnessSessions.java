package com.axys.golive.run;

import com.axys.golive.config.HarnessConfig;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How Cucumber glue, which PicoContainer builds without arguments, reaches the run's session. The CLI installs the
 * session it opened; under a plain test runner (Surefire) the evidence plugin opens a default one against the
 * embedded simulator, with evidence under the {@code golive.evidence.root} system property (default
 * {@code target/evidence}), and closes it when the run ends.
 */
public final class HarnessSessions {

    private static HarnessSession current;
    private static boolean openedByDefault;

    private HarnessSessions() {
    }

    /** Makes {@code session} the one glue uses; the caller keeps ownership and closes it. */
    public static synchronized void install(HarnessSession session) {
        current = session;
        openedByDefault = false;
    }

    public static synchronized void uninstall() {
        current = null;
        openedByDefault = false;
    }

    /** The installed session, opening the default simulator session if none is installed. */
    public static synchronized HarnessSession current() {
        if (current == null) {
            Path root = Path.of(System.getProperty("golive.evidence.root", "target/evidence"));
            current = HarnessSession.open(HarnessConfig.simulatorDefaults(root), Clock.systemUTC());
            openedByDefault = true;
        }
        return current;
    }

    /** Closes the session if it was opened here by default (the CLI closes its own). */
    public static synchronized void closeDefault() {
        if (current != null && openedByDefault) {
            try {
                current.close();
            } finally {
                current = null;
                openedByDefault = false;
            }
        }
    }
}
