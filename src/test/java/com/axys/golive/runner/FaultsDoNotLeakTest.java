package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.simulator.SimulatorControl;
import io.restassured.response.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault a scenario arms and does not use up ("fails the next 5 cardholder list requests with 503" meets one call
 * and three retries, so one 503 stays armed) is gone when the scenario ends: the next cardholder list call, here
 * right after the run, takes exactly one request and is answered 200.
 */
final class FaultsDoNotLeakTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void aFaultLeftArmedByAScenarioDoesNotReachTheNextCall() throws Exception {
        StringWriter out = new StringWriter();
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            SimulatorControl control = session.simulator().orElseThrow().server().control();
            HarnessSessions.install(session);
            RunSummary summary;
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.ERR.01 and @simulator-only",
                        new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
            assertThat(summary.failed()).as(out.toString()).isZero();

            long before = control.requestsReceived();
            Response listed = session.client().cardholders().list(Map.of());

            assertThat(control.requestsReceived() - before).as("requests one cardholder list call took")
                    .isEqualTo(1);
            assertThat(listed.statusCode()).as("status of the cardholder list call after the run").isEqualTo(200);
        }
    }
}
