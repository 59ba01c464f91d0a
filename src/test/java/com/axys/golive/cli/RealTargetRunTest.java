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

    private int run(EmbeddedSimulator server, Path apiKey, String tags, StringWriter out, StringWriter err,
                    String... more) {
        var pki = server.pki();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run",
                "--target", server.baseUrl().toString(),
                "--cert", "file:" + pki.client().certPem(), "--key", "file:" + pki.client().keyPem(),
                "--ca-bundle", "file:" + pki.caCertPath(), "--api-key", "file:" + apiKey,
                "--tags", tags, "--no-report", "--evidence", dir.resolve("evidence").toString()));
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
