package com.axys.golive.allure;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.cli.GoLive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Allure as QA know it, built by the real Allure command line: each call attached (redacted) under the step that made
 * it, an executor, a trend that spans runs, and failure categories that put each failure where QA would look.
 */
final class AllureForQaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The failure categories as Allure itself files real messages of this harness: each in exactly one. */
    @Test
    void eachKindOfFailureLandsInTheOneCategoryQaWouldLookIn() throws Exception {
        Assumptions.assumeTrue(AllureReport.home().isPresent(), "the Allure command line is unpacked by ./mvnw");
        Map<String, String[]> failures = new LinkedHashMap<>();
        failures.put("wrong key", new String[] {"failed", "[GET cardholder status] expected: 200 but was: 401",
                "Credentials"});
        failures.put("handshake", new String[] {"broken", "javax.net.ssl.SSLHandshakeException: Received fatal"
                + " alert: bad_certificate", "Environment"});
        failures.put("allowlist", new String[] {"failed", "[list cardholders status] expected: 200 but was: 403"
                + " (No Authorised IPs configured)", "Environment"});
        failures.put("chaos", new String[] {"failed", "[create cardholder status] expected: 200 but was: 504 [met 1"
                + " passing fault on the target; the last: POST /cardholders -> 504 gateway-timeout (call #12); each is"
                + " in errors.jsonl]", "Target blips"});
        failures.put("spontaneous", new String[] {"failed", "Jordan landed in Admin Decline (7) while the poll waited"
                + " for Approved (1), so it stopped after 2 polls over PT5S; the documented path is a support ticket",
                "Target blips"});
        failures.put("drift", new String[] {"failed", "contract violation in call #7 GET /cards/8821 -> 200:"
                + " [Path '/cardId'] Instance type (string) does not match any allowed primitive type", "Contract"
                + " drift"});
        failures.put("product", new String[] {"failed", "[Jordan's cardholder status] expected: Approved (1) but was:"
                + " Under Review (3)", "Product defect"});
        failures.put("harness", new String[] {"broken", "java.lang.IllegalStateException: no cardholder called"
                + " 'Jordan' in this scenario; known: []", "Harness defect"});
        Path results = Files.createDirectories(dir.resolve("results"));
        Files.copy(Path.of("allure-config", "categories.json"), results.resolve("categories.json"));
        int i = 0;
        for (Map.Entry<String, String[]> f : failures.entrySet()) {
            String uuid = "00000000-0000-0000-0000-00000000000" + i++;
            var result = JSON.createObjectNode().put("uuid", uuid).put("historyId", f.getKey()).put("name", f.getKey())
                    .put("fullName", f.getKey()).put("status", f.getValue()[0]).put("stage", "finished")
                    .put("start", 1_000L).put("stop", 2_000L);
            result.putObject("statusDetails").put("message", f.getValue()[1]);
            Files.writeString(results.resolve(uuid + "-result.json"), result.toString());
        }
        AllureReport.Outcome outcome = AllureReport.build(results, dir.resolve("report"), dir.resolve("scratch"));
        assertThat(outcome.built()).as(outcome.detail()).isTrue();

        JsonNode categories = JSON.readTree(embedded(dir.resolve("report/index.html"), "data/categories.json"));
        Map<String, List<String>> filed = new TreeMap<>();
        for (JsonNode category : categories.path("children")) {
            for (JsonNode message : category.path("children")) { // Allure groups a category's tests by message
                for (JsonNode test : message.path("children")) {
                    filed.computeIfAbsent(test.path("name").asText(), k -> new ArrayList<>())
                            .add(category.path("name").asText());
                }
            }
        }
        for (Map.Entry<String, String[]> f : failures.entrySet()) {
            assertThat(filed.get(f.getKey())).as("filed %s; categories %s", filed, categories).isNotNull();
            assertThat(filed.get(f.getKey())).as("categories of the '%s' failure", f.getKey()).singleElement()
                    .asString().startsWith(f.getValue()[2]);
        }
    }

    /** Two real runs into one evidence root: the second report's trend holds both; every call is attached. */
    @Test
    void eachCallIsAttachedUnderItsStepAndTheTrendSpansRuns() throws Exception {
        Assumptions.assumeTrue(AllureReport.home().isPresent(), "the Allure command line is unpacked by ./mvnw");
        Path evidence = dir.resolve("evidence");
        for (int run = 0; run < 2; run++) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = GoLive.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), "run",
                    "--tags", "@checklist:P1.INT.01", "--evidence", evidence.toString());
            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
            assertThat(out.toString()).contains("VERIFIED").contains("report/index.html");
        }
        List<Path> bundles;
        try (Stream<Path> all = Files.list(evidence)) {
            bundles = all.sorted().toList();
        }
        assertThat(bundles).as("nothing but the two runs in the evidence root").hasSize(2);
        Path results = bundles.get(1).resolve(AllureRun.RESULTS_DIR);

        assertThat(JSON.readTree(results.resolve("executor.json").toFile()).path("buildName").asText())
                .isEqualTo(bundles.get(1).getFileName().toString());
        List<JsonNode> attached = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith("-result.json")) {
                    JSON.readTree(f.toFile()).findValues("attachments").forEach(list -> list.forEach(a ->
                            names.add(a.path("name").asText())));
                } else if (name.endsWith("-attachment.json")) {
                    attached.add(JSON.readTree(f.toFile()));
                }
            }
        }
        long calls = Files.readAllLines(bundles.get(1).resolve("calls.jsonl")).stream().filter(l -> !l.isBlank())
                .count();
        assertThat(attached).as("one attachment per call of the run").hasSize((int) calls)
                .allSatisfy(a -> assertThat(a.has("seq") && a.has("request") && a.has("response")).isTrue());
        assertThat(names).as("attachments named by call, under the steps").hasSize((int) calls)
                .allMatch(n -> n.matches("call #\\d+ (GET|POST|PUT|DELETE) /\\S+ -> (\\d{3}|no answer)"));
        String all = String.join("\n", attached.stream().map(JsonNode::toString).toList());
        assertThat(all).as("redacted like the evidence: no API key").doesNotContain("sim_")
                .doesNotContainPattern("\"X-API-Key\":\"[^\\[]");

        JsonNode trend = JSON.readTree(embedded(bundles.get(1).resolve("report/index.html"),
                "history/history-trend.json"));
        assertThat(trend).as("the second report's trend shows both runs").hasSize(2);
        assertThat(results.resolve("history").resolve("history-trend.json"))
                .as("the first run's history, carried into the second run's results").isRegularFile();
    }

    /** A file the single-file report embeds as {@code d('NAME','BASE64')}. */
    private static String embedded(Path index, String name) throws IOException {
        Matcher m = Pattern.compile("d\\('" + Pattern.quote(name) + "','([A-Za-z0-9+/=]*)'\\)")
                .matcher(Files.readString(index, StandardCharsets.UTF_8));
        assertThat(m.find()).as("%s embedded in %s", name, index).isTrue();
        return new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }
}
