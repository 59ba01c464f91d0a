package com.axys.golive.runner;

import com.axys.golive.HarnessException;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.run.PendingOnTarget;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import java.net.URI;
import java.util.Locale;

/**
 * Files every scenario into the run's evidence: sets the scenario context that each captured call is filed under,
 * and records how the scenario ended (status, duration, redacted failure message), in the session installed in
 * {@link HarnessSessions} (under a plain test runner, {@link SimulatorSessionPlugin}'s).
 */
public final class EvidencePlugin implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void started(TestCaseStarted event) {
        HarnessSessions.current().tracker().start(context(event.getTestCase()));
    }

    private void finished(TestCaseFinished event) {
        HarnessSession session = HarnessSessions.current();
        var result = event.getResult();
        String failure = result.getError() == null ? null
                : session.policy().redactText(String.valueOf(result.getError().getMessage())
                        + FaultCause.of(session.tracker().faults()));
        try {
            boolean pending = PendingOnTarget.is(result.getError());
            String status = pending ? PendingOnTarget.STATUS : result.getStatus().name().toLowerCase(Locale.ROOT);
            session.evidence().recordScenario(context(event.getTestCase()), status, result.getDuration().toMillis(),
                    failure, session.tracker().continuedFrom().orElse(null),
                    pending ? session.tracker().carried() : java.util.Map.of());
        } catch (HarnessException e) {
            if (e.category() != HarnessException.Category.EVIDENCE) {
                throw e;
            }
            // the evidence could not be written: the run's call gate is closed and the command reports why
        } finally {
            session.tracker().finish();
        }
    }

    static ScenarioContext context(TestCase testCase) {
        return ScenarioContext.of(testCase.getName(), featurePath(testCase.getUri()), testCase.getTags());
    }

    /** {@code features/phase1/cardholders.feature}, whether the features come from a jar, classes or a folder. */
    static String featurePath(URI uri) {
        String s = uri.toString();
        int i = s.lastIndexOf("features/");
        return i >= 0 ? s.substring(i) : s;
    }
}
