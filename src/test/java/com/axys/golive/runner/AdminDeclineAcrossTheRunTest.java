package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Never re-submitted after an Admin Decline" is a claim about the whole run, so it must fail when any call of the
 * run re-submits a cardholder that was seen in 7, not only a call of the scenario that checks. The escalation
 * scenario passes; a re-submission of its declined cardholder is then injected into the same run (outside any
 * scenario); the same scenario run again must fail, naming the cardholder and the call.
 */
final class AdminDeclineAcrossTheRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path evidenceRoot;

    @Test
    void aResubmissionAnywhereInTheRunAfterAnAdminDeclineFailsTheCheck() throws Exception {
        StringWriter out = new StringWriter();
        RunSummary clean;
        RunSummary afterInjection;
        long declined;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            HarnessSessions.install(session);
            try {
                clean = FeatureRunner.run(session, "@checklist:P1.ERR.04", new PrintWriter(out, true));
                declined = ticketedCardholder(session.evidence().dir());
                assertThat(session.client().cardholders().submitKyc(declined).statusCode())
                        .as("the injected re-submission reaches the simulator").isEqualTo(200);
                afterInjection = FeatureRunner.run(session, "@checklist:P1.ERR.04", new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
        }
        assertThat(clean.failed()).as(out.toString()).isZero();
        assertThat(clean.passed()).as(out.toString()).isEqualTo(1L);
        String failures = afterInjection.failures().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(afterInjection.failed()).as(out.toString()).isEqualTo(1L);
        assertThat(failures).contains("cardholder " + declined + " was submitted to compliance in call #")
                .contains("outside any scenario").contains("Admin Decline (7)");
    }

    /** The cardholder the first run's support ticket was about: the one that ended in Admin Decline. */
    private static long ticketedCardholder(Path bundle) throws Exception {
        for (String line : Files.readAllLines(bundle.resolve("calls.jsonl"))) {
            JsonNode call = JSON.readTree(line);
            if (call.path("operationId").asText().equals("createSupportTicket")) {
                return call.at("/request/body/cardholderId").asLong();
            }
        }
        throw new AssertionError("no support ticket in " + bundle);
    }
}
