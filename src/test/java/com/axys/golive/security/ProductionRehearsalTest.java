package com.axys.golive.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launch day rehearsed locally: Axys's production host name is mapped to a loopback server (a JVM-only hosts file,
 * never a real host) that presents a production certificate and records what reaches it. Whatever --tags holds and
 * however the host is spelled, only the @production-safe scenario's read arrives; a production server reached under
 * an IP literal, through a golive.yaml that disagrees with itself, or by a redirect from another server, receives
 * nothing at all.
 */
@Tag("security")
final class ProductionRehearsalTest {

    private static final String CANONICAL = "https://production.api.axyscards.com:PORT/v2";
    private static final List<String> SPELLINGS = List.of(
            "production.api.axyscards.com:PORT", "PRODUCTION.API.AXYSCARDS.COM:PORT",
            "production.api.axyscards.com.:PORT", "Production.Api.AxysCards.Com.:PORT",
            "user@production.api.axyscards.com:PORT");
    private static final String SAFE_READ = "GET /v2/cardholders";

    @TempDir
    Path work;

    @Test
    void onlyTheProductionSafeReadReachesAServerAnsweringAsProduction() throws Exception {
        List<String> cases = new ArrayList<>();
        SPELLINGS.forEach(s -> cases.add("https://" + s + "/v2\t"));
        cases.add("https://production.api.axyscards.com:PORT/v2/\t");
        HostileInputs.TAG_EXPRESSIONS.forEach(t -> cases.add(CANONICAL + "\t" + t));
        cases.add("https://127.0.0.1:PORT/v2\t");
        cases.add("https://127.0.0.1:PORT/v2\t@checklist:P1.INT.01");
        cases.add("https://[::ffff:127.0.0.1]:PORT/v2\t");
        cases.add("yaml:https://production.api.axyscards.com.:PORT/v2\t");
        cases.add("https://127.0.0.1:TUNNEL/v2\t@checklist:P2.NET.06 or @checklist:P1.INT.01");

        List<JsonNode> results = rehearse(cases);

        assertThat(results).hasSize(cases.size());
        int reached = 0;
        for (JsonNode r : results) {
            List<String> requests = new ArrayList<>();
            r.path("requests").forEach(n -> requests.add(n.asText()));
            assertThat(requests).as("target %s, --tags '%s' (exit %s, %s)", r.path("target").asText(),
                    r.path("tags").asText(), r.path("exit").asInt(), r.path("error").asText())
                    .allMatch(SAFE_READ::equals);
            assertThat(r.path("exit").asInt()).as("never a harness defect: %s", r).isNotEqualTo(70);
            reached += requests.size();
        }
        assertThat(reached).as("the server does count: the production-safe read arrived where it was selected")
                .isPositive();
        for (JsonNode r : results) {
            String target = r.path("target").asText();
            if (target.contains("127.0.0.1") || target.startsWith("yaml:")) {
                assertThat(r.path("requests")).as(target).isEmpty();
                assertThat(r.path("exit").asInt()).as(target).isNotZero();
            }
        }
        for (JsonNode r : results.subList(0, SPELLINGS.size() + 1)) {
            assertThat(r.path("exit").asInt()).as("%s runs its production-safe scenario: %s", r.path("target"), r)
                    .isZero();
            assertThat(r.path("requests")).as(r.path("target").asText()).hasSize(1);
        }
        JsonNode ipLiteral = results.stream().filter(r -> r.path("target").asText().startsWith("https://127.0.0.1"))
                .findFirst().orElseThrow();
        assertThat(ipLiteral.path("exit").asInt()).isEqualTo(2);
        assertThat(ipLiteral.path("error").asText()).contains("presents Axys production's server certificate");
    }

    private List<JsonNode> rehearse(List<String> cases) throws Exception {
        Path hosts = Files.writeString(work.resolve("hosts"), "127.0.0.1 production.api.axyscards.com\n");
        Path casesFile = Files.write(work.resolve("cases.tsv"), cases, StandardCharsets.UTF_8);
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stdout = work.resolve("stdout");
        Process child = new ProcessBuilder(java, "-Djdk.net.hosts.file=" + hosts, "-Djava.io.tmpdir=" + tmp,
                "-cp", classpath(), ProductionRehearsal.class.getName(), work.toString(), casesFile.toString())
                .redirectOutput(stdout.toFile()).redirectError(work.resolve("stderr").toFile()).start();
        if (!child.waitFor(8, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the rehearsal did not finish in 8 minutes");
        }
        assertThat(child.exitValue()).as("rehearsal JVM: %s", Files.readString(work.resolve("stderr")))
                .isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> results = new ArrayList<>();
        for (String line : Files.readAllLines(stdout)) {
            if (line.startsWith("{")) {
                results.add(json.readTree(line));
            }
        }
        return results;
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(cp.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
