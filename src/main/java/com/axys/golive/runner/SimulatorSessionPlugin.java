package com.axys.golive.runner;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The session of a run started by a plain Cucumber or JUnit runner (an IDE's run of a {@code .feature} file,
 * {@code ./mvnw test -Dtest=FeaturesTest}): opens one against the embedded simulator when the run starts, with
 * evidence under the {@code golive.evidence.root} system property (default {@code target/evidence}), installs it, and
 * closes it when the run ends, so the bundle is complete and verifies. List it before {@link EvidencePlugin}.
 * {@code golive run} does not list it: the command opens and closes its own session.
 */
public final class SimulatorSessionPlugin implements ConcurrentEventListener {

    /** The system property naming the evidence root of such a run. */
    public static final String EVIDENCE_ROOT_PROPERTY = "golive.evidence.root";

    private HarnessSession opened;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> open());
        publisher.registerHandlerFor(TestRunFinished.class, e -> close());
    }

    private synchronized void open() {
        if (HarnessSessions.installed()) {
            return; // a command or test opened the run's session: it is theirs to close
        }
        Path root = Path.of(System.getProperty(EVIDENCE_ROOT_PROPERTY, "target/evidence"));
        opened = HarnessSession.open(HarnessConfig.simulatorDefaults(root), Clock.systemUTC());
        HarnessSessions.install(opened);
    }

    private synchronized void close() {
        if (opened == null) {
            return;
        }
        try {
            HarnessSessions.uninstall();
            opened.close();
        } finally {
            opened = null;
        }
    }
}
