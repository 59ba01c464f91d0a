package com.axys.golive.run;

import com.axys.golive.HarnessException;

/**
 * The one bridge from a run to its Cucumber glue, which PicoContainer builds without arguments: whoever opens a
 * session installs it here for the length of the features, and uninstalls it before closing it ({@code golive run},
 * {@code golive verify-production}, the tests that run features; under a plain Cucumber or JUnit runner, the
 * runner package's {@code SimulatorSessionPlugin}). Nothing is opened here: glue that runs with no session
 * installed fails with a message that says how to run it.
 *
 * <p>This is the harness's only static mutable state (the architecture test allows it by name): everything a run
 * shares beyond one scenario lives in the session itself ({@link HarnessSession#runScoped}).
 */
public final class HarnessSessions {

    private static volatile HarnessSession current;

    private HarnessSessions() {
    }

    /** Makes {@code session} the one glue uses; the caller keeps ownership and closes it. */
    public static synchronized void install(HarnessSession session) {
        if (current != null && current != session) {
            throw new IllegalStateException("a harness session is already installed (run "
                    + current.evidence().runId() + "); one run at a time per JVM");
        }
        current = session;
    }

    /** Uninstalls the installed session, if any. */
    public static synchronized void uninstall() {
        current = null;
    }

    /** Whether a session is installed. */
    public static boolean installed() {
        return current != null;
    }

    /** The installed session; fails in one line saying how to run the features when none is installed. */
    public static HarnessSession current() {
        HarnessSession session = current;
        if (session == null) {
            throw new HarnessException(HarnessException.Category.USAGE, "no harness session is running the features:"
                    + " run them with 'golive run', or list SimulatorSessionPlugin before EvidencePlugin in"
                    + " cucumber.plugin (both in package com.axys.golive.runner; as"
                    + " src/test/resources/cucumber.properties does)");
        }
        return session;
    }
}
