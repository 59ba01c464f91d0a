package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.simulator.NoAuthorisedIpsCause;
import com.axys.golive.tls.ThrowawayPki;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * The two-cause 403 ({@code @simulator-only}): the simulated WAF refuses for a chosen cause while the calling
 * host's DNS zone, served on 127.0.0.1, says what that cause looks like; the error log must file the same cause.
 */
public final class IpRefusalSteps {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLING_IP = HarnessSession.SIMULATOR_CALLING_IP;

    private final World world;
    private boolean zoneArranged;

    public IpRefusalSteps(World world) {
        this.world = world;
    }

    @Given("Axys refuses the next {int} {operation} as coming from an unauthorised IP, because {word}")
    public void axysRefusesBecause(int count, String operationId, String cause) {
        EmbeddedSimulator simulator = world.session().simulator().orElseThrow(() -> new IllegalStateException(
                "the two-cause 403 is injected into the embedded simulator (@simulator-only)"));
        zoneArranged = true;
        NoAuthorisedIpsCause.of(cause).arrange(simulator.dns(), CALLING_IP, ThrowawayPki.CALLING_DOMAIN);
        world.session().ipRefusals().forget(); // the zone changed: facts gathered before no longer describe it
        world.faults().failNext(operationId, count, 403);
    }

    /**
     * The zone a scenario arranged ends with it, as its armed faults do ({@link FaultHooks}): a failing name server
     * left behind would make every later diagnosis of the run {@code undetermined}.
     */
    @After(order = FaultHooks.ORDER)
    public void emptyTheZoneTheScenarioArranged() {
        if (zoneArranged) {
            world.session().simulator().ifPresent(simulator -> simulator.dns().serve(Map.of(), Map.of()));
            world.session().ipRefusals().forget();
        }
    }

    @Then("the error log files the refusal with cause {word}, the calling IP and the certificate domain's DNS")
    public void theErrorLogFilesTheCause(String cause) {
        JsonNode last = lastErrorRecord();
        assertThat(last.path("status").asInt()).isEqualTo(403);
        assertThat(last.path("message").asText()).isEqualTo("No Authorised IPs configured");
        assertThat(last.path("classification").asText()).isEqualTo("ip-allowlist-or-fcrdns");
        assertThat(last.path("cause").asText()).as(last.toString()).isEqualTo(cause);
        assertThat(last.path("causeReason").asText()).isNotBlank();
        JsonNode facts = last.path("facts");
        assertThat(facts.path("callingIps").get(0).asText()).as(last.toString()).isEqualTo(CALLING_IP);
        assertThat(facts.path("domains").toString()).contains(ThrowawayPki.CALLING_DOMAIN);
        assertThat(facts.path("pointers").has(CALLING_IP)).as("PTR of the calling IP asked: " + last).isTrue();
        assertThat(facts.path("addresses").has(ThrowawayPki.CALLING_DOMAIN)).as("A of the domain asked: " + last)
                .isTrue();
    }

    private JsonNode lastErrorRecord() {
        try {
            List<String> lines = Files.readAllLines(world.session().evidence().dir().resolve(EvidenceFiles.ERRORS));
            assertThat(lines).as("errors.jsonl records").isNotEmpty();
            return JSON.readTree(lines.get(lines.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
