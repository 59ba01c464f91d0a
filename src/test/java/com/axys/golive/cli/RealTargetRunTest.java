package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a team takes to staging, walked end to end: a separately started server (here the simulator, standing
 * in for staging) reached as an https target, with the certificate, key, CA bundle and API key given as secret
 * references, exactly as a user would give the staging ones.
 */
final class RealTargetRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunAgainstAnHttpsTargetWithFileReferencesPassesAndRecordsTheTarget() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            var pki = server.pki();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run",
                    "--target", server.baseUrl().toString(),
                    "--cert", "file:" + pki.client().certPem(), "--key", "file:" + pki.client().keyPem(),
                    "--ca-bundle", "file:" + pki.caCertPath(), "--api-key", "file:" + apiKey,
                    "--tags", "@checklist:P3.01 or @security", "--no-report",
                    "--evidence", dir.resolve("evidence").toString());

            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
            assertThat(out.toString()).contains("golive run: target custom " + server.baseUrl())
                    .containsPattern("3 scenarios: 3 passed, 0 failed");
            Path bundle;
            try (Stream<Path> runs = Files.list(dir.resolve("evidence"))) {
                bundle = runs.findFirst().orElseThrow();
            }
            JsonNode manifest = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile());
            assertThat(manifest.path("target").path("name").asText()).isEqualTo("custom");
            assertThat(manifest.path("target").path("baseUrl").asText()).isEqualTo(server.baseUrl().toString());
            assertThat(manifest.path("clientCertificate").path("subject").asText()).contains("OU=Example Program");
        }
    }

    /**
     * The acceptance case of a staging run: every scenario a real target selects, against a separately started
     * server in real time (KYC review takes seconds, clearing takes days, as on staging), within a short wait budget.
     * It finishes (it used to wait for hours on clearing schedules), exits 5 with the slow outcomes pending on the
     * target, and its coverage calls nothing passed that did not run there: an item with a scenario left out of the
     * run (only the simulator can produce it, it raises a ticket) or still pending is not "passed".
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aStagingSelectionRunFinishesWithinItsBudgetAndItsCoverageClaimsOnlyWhatRanThere() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long t0 = System.nanoTime();
            int code = run(server, apiKey, null, out, err, "--max-wait", "20s");
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

            assertThat(code).as("exit 5: nothing failed, some outcomes pending%nstdout:%n%s%nstderr:%n%s", out, err)
                    .isEqualTo(5);
            assertThat(out.toString()).containsPattern("\\d+ scenarios: \\d+ passed, 0 failed, \\d+ pending on the"
                    + " target, 0 skipped").contains("] WAIT  ").contains("  PENDING ").contains("VERIFIED");
            Path bundle = onlyBundle();
            ObjectMapper json = new ObjectMapper();
            var scenarios = Files.readAllLines(bundle.resolve("scenarios.jsonl")).stream().map(l -> {
                try {
                    return json.readTree(l);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            var pending = scenarios.stream().filter(s -> s.path("status").asText().equals("pending-on-target"))
                    .toList();
            assertThat(pending).as("the clearing waits at least are pending").isNotEmpty()
                    .allSatisfy(s -> assertThat(s.path("failure").asText()).containsPattern("(cardholderId|cardId|"
                            + "walletId)=\\d+").contains("waiting since"));
            assertThat(scenarios).as("no scenario of a real-target run is @simulator-only")
                    .noneMatch(s -> s.path("tags").toString().contains("\"@simulator-only\""))
                    .noneMatch(s -> s.path("feature").asText().endsWith("no-authorised-ips.feature"));

            JsonNode items = json.readTree(bundle.resolve("coverage.json").toFile()).path("items");
            java.util.Map<String, String> result = new java.util.TreeMap<>();
            java.util.Map<String, java.util.List<String>> parts = new java.util.TreeMap<>();
            for (JsonNode item : items) {
                result.put(item.path("id").asText(), item.path("result").asText());
                parts.put(item.path("id").asText(), item.path("scenarios").findValuesAsText("status"));
                if (item.path("result").asText().equals("passed")) {
                    assertThat(item.path("scenarios").findValuesAsText("status")).as(item.path("id").asText())
                            .isNotEmpty().allMatch("passed"::equals);
                }
            }
            assertThat(result.get("P1.ERR.01")).as("403, 429 and 5xx cannot be provoked on a real target")
                    .isIn("incomplete", "pending on target");
            assertThat(parts.get("P1.ERR.01")).filteredOn(s -> s.startsWith("not run: only the simulator"))
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(result).containsEntry("P1.ERR.02", "not run");
            assertThat(result.get("P1.ERR.06")).as("the ticket-raising scenarios did not run").isNotEqualTo("passed");
            assertThat(result.get("P1.INT.07")).as("balance polling waits for a clearing").isNotEqualTo("passed");
            assertThat(result.get("P1.INT.16")).isEqualTo("pending on target");
            assertThat(seconds).as("the run's waits stay within 20 s in all").isLessThan(300);
        }
    }

    /**
     * The rehearsal of a first staging run ({@code golive simulator --staging-like}): real time, and the emulation
     * engine's spontaneous Admin Decline or Error on some validations. The run ends within its budget; whatever fails
     * fails on such an outcome, named with the sandbox guide's path, never re-submitted; the bundle verifies.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aStagingLikeRehearsalEndsInItsBudgetAndEachFailureIsTheEnginesOutcomeNamed() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults().withReviewDelay(java.time.Duration.ofSeconds(2)), Clock.systemUTC())) {
            server.server().control().chaos(com.axys.golive.simulator.wiremock.ChaosPlan.stagingLike(1));
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long t0 = System.nanoTime();
            int code = run(server, apiKey, null, out, err, "--max-wait", "30s");
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            var faults = server.server().control().injectedFaults();
            System.out.printf("staging-like rehearsal: exit %d in %d s, %d spontaneous outcomes%n", code, seconds,
                    faults.size());

            assertThat(code).as("failures or pending only%nstdout:%n%s%nstderr:%n%s", out, err).isIn(0, 1, 5);
            assertThat(out.toString()).contains("VERIFIED");
            assertThat(faults).as("the engine played some outcomes").isNotEmpty()
                    .allMatch(f -> f.kind().reviewOutcome());
            Path bundle = onlyBundle();
            for (String line : Files.readAllLines(bundle.resolve("scenarios.jsonl"))) {
                JsonNode scenario = new ObjectMapper().readTree(line);
                if (scenario.path("status").asText().equals("failed")) {
                    assertThat(scenario.path("failure").asText()).as(scenario.path("scenario").asText())
                            .containsPattern("landed in (Error|Admin Decline) \\([67]\\) while the poll waited");
                }
            }
            assertThat(seconds).as("within the budget, plus the run's own calls").isLessThan(300);
        }
    }

    /**
     * {@code --provoke-rate-limit}: against a real-time target with a gateway rate limit (the standalone simulator's
     * {@code --rate-limit}), one bounded burst meets a 429, the read is repeated after Retry-After, and the evidence
     * holds the refusal filed as rate-limited. Without the flag the scenario is never selected.
     */
    @Test
    void theRateLimitIsProvokedOnlyWhenAskedAndItsHandlingIsInTheEvidence() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            server.server().control().limitRate(10);
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int refused = run(server, apiKey, "@provokes-rate-limit", out, err);
            assertThat(refused).as("not asked for: nothing matches%n%s", err).isEqualTo(2);
            assertThat(err.toString()).contains("no scenario matched");

            int code = run(server, apiKey, "@provokes-rate-limit", out, err, "--provoke-rate-limit");
            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
            assertThat(out.toString()).contains("1 scenarios: 1 passed").contains("VERIFIED");
            Path bundle = onlyBundle();
            java.util.List<JsonNode> calls = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(bundle.resolve("calls.jsonl"))) {
                calls.add(new ObjectMapper().readTree(line));
            }
            assertThat(calls).extracting(c -> c.path("status").asInt()).contains(429).endsWith(200)
                    .hasSizeLessThanOrEqualTo(61);
            assertThat(calls.stream().filter(c -> c.path("status").asInt() == 429)).hasSize(1);
            assertThat(Files.readString(bundle.resolve("errors.jsonl"))).contains("\"classification\":\"rate-limited\"");
        }
    }

    /**
     * A wrong API key: the first call of the run is answered 401 although the run sent its own key, so the run stops
     * there with one line naming the cause and exit 3, instead of failing every scenario with "but was 401".
     */
    @Test
    @Tag("security")
    void aWrongApiKeyStopsTheRunAtTheFirstRefusalWithOneLineAndExit3() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            Path wrongKey = Files.writeString(dir.resolve("api-key"), "sim_not-the-key-of-this-environment\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = run(server, wrongKey, "@checklist:P1.ERR.02 or @checklist:P1.ERR.01 or @checklist:P1.INT.01",
                    out, err);

            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(3);
            assertThat(err.toString().strip().lines()).as(err.toString()).containsExactly("golive: error: the run was stopped: the target"
                    + " refused the API key (401 on " + firstCall(out) + "); check --api-key / AXYS_API_KEY is the key of"
                    + " this environment");
            assertThat(out.toString()).doesNotContain("but was 401").doesNotContain("sim_not-the-key");
            Path bundle = onlyBundle();
            assertThat(Files.readAllLines(bundle.resolve("calls.jsonl"))).as("calls sent").hasSize(1);
            assertThat(out.toString()).contains("VERIFIED");
        }
    }

    /** A failed scenario's closing line keeps what was expected and what came back, not only the assertion's name. */
    @Test
    void theClosingLinesOfARunKeepTheExpectedAndActualValues() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            server.server().control().overrideResponseField("listCardholders", "/limit",
                    com.fasterxml.jackson.databind.node.IntNode.valueOf(7));
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = run(server, apiKey, "@checklist:P3.01", out, err);

            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(1);
            String closing = out.toString().substring(out.toString().lastIndexOf(" scenarios: "));
            assertThat(closing.lines().filter(l -> l.startsWith("  FAILED ")).toList()).as(out.toString())
                    .isNotEmpty().allSatisfy(l -> assertThat(l).contains("[limit] expected: 50 but was: 7"));
        }
    }

    /**
     * Against a real target the two-cause 403 is diagnosed from {@code --calling-ip}; without it the run asks no DNS
     * and files the refusal as {@code undetermined}, telling the user what to pass.
     */
    @Test
    void aNoAuthorisedIpsRefusalWithoutACallingIpIsFiledUndeterminedAndSaysToPassIt() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            server.server().control().failNext("listCardholders", 1, 403);
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = run(server, apiKey, "@checklist:P3.01", out, err);

            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(1);
            JsonNode refusal = new ObjectMapper().readTree(Files.readAllLines(onlyBundle().resolve("errors.jsonl"))
                    .get(0));
            assertThat(refusal.path("message").asText()).isEqualTo("No Authorised IPs configured");
            assertThat(refusal.path("cause").asText()).as(refusal.toString()).isEqualTo("undetermined");
            assertThat(refusal.path("causeReason").asText()).contains("no calling IP is known")
                    .contains("--calling-ip");
            assertThat(refusal.path("facts").path("callingIps")).as(refusal.toString()).isEmpty();
            assertThat(refusal.path("facts").path("domains").toString()).contains("pay.example.test");
            assertThat(refusal.path("facts").path("pointers")).as("no DNS asked").isEmpty();
        }
    }

    /**
     * {@code --junit} and {@code --cucumber-json} for CI dashboards: one testcase per scenario, the failure with its
     * message, and the run's API key (planted in the response that fails) in neither file.
     */
    @Test
    @Tag("security")
    void ciReportsHaveOneTestcasePerScenarioAndNoSecret() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults(), Clock.systemUTC())) {
            String key = server.apiKey().asString();
            server.server().control().overrideResponseField("listCardholders", "/limit",
                    com.fasterxml.jackson.databind.node.TextNode.valueOf(key));
            Path apiKey = Files.writeString(dir.resolve("api-key"), key + "\n");
            Path junit = dir.resolve("reports/junit.xml");
            Path json = dir.resolve("reports/cucumber.json");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = run(server, apiKey, "@checklist:P3.01 or @security", out, err, "--junit", junit.toString(),
                    "--cucumber-json", json.toString());

            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(1);
            assertThat(out.toString()).contains("  junit     " + junit).contains("  cucumber  " + json);
            var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
            var cases = xml.getElementsByTagName("testcase");
            assertThat(cases.getLength()).as("one testcase per scenario").isEqualTo(3);
            var failures = xml.getElementsByTagName("failure");
            assertThat(failures.getLength()).isEqualTo(1);
            String failure = failures.item(0).getAttributes().getNamedItem("message").getNodeValue()
                    + failures.item(0).getTextContent();
            assertThat(failure).contains("listCardholders 200 response: limit: expected integer, got string");
            assertThat(Files.readString(junit)).doesNotContain(key);
            JsonNode features = new ObjectMapper().readTree(json.toFile());
            assertThat(features.findValues("elements").stream().mapToInt(JsonNode::size).sum()).isEqualTo(3);
            assertThat(Files.readString(json)).doesNotContain(key).contains("limit: expected integer, got string");
        }
    }

    /** {@code golive run} against {@code server} with its printed credentials; {@code tags} null: the whole selection. */
    private int run(EmbeddedSimulator server, Path apiKey, String tags, StringWriter out, StringWriter err,
                    String... more) {
        var pki = server.pki();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run",
                "--target", server.baseUrl().toString(),
                "--cert", "file:" + pki.client().certPem(), "--key", "file:" + pki.client().keyPem(),
                "--ca-bundle", "file:" + pki.caCertPath(), "--api-key", "file:" + apiKey,
                "--no-report", "--evidence", dir.resolve("evidence").toString()));
        if (tags != null) {
            args.addAll(java.util.List.of("--tags", tags));
        }
        args.addAll(java.util.List.of(more));
        return GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    /** "GET /v2/cardholders": method and path of the bundle's first call. */
    private String firstCall(StringWriter out) throws Exception {
        JsonNode call = new ObjectMapper().readTree(Files.readAllLines(onlyBundle().resolve("calls.jsonl")).get(0));
        return call.path("method").asText() + " " + java.net.URI.create(call.path("url").asText()).getPath();
    }

    private Path onlyBundle() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("evidence"))) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
