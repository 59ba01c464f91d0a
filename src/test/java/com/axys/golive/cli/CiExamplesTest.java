package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.verification.LeakScanner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The CI examples under {@code docs/ci/} are what a team copies: each must run {@code golive run --target staging}
 * with CI reports, pack the evidence and keep the pack as an artifact, and take every credential from the CI's secret
 * store, never from the file.
 */
final class CiExamplesTest {

    private static final Path DIR = Path.of("docs", "ci");
    private static final Set<String> SECRETS = Set.of("AXYS_API_KEY", "AXYS_API_KEY_REF", "AXYS_CLIENT_CERT",
            "AXYS_CLIENT_KEY", "AXYS_CLIENT_KEY_PASSPHRASE", "AXYS_CLIENT_P12", "AXYS_CLIENT_P12_PASSWORD");
    private static final Pattern GITHUB_SECRET = Pattern.compile("\\$\\{\\{ secrets\\.[A-Z0-9_]+ }}");
    private static final Pattern PACK = Pattern.compile("golive evidence pack \\S+ -o ([^\\s;]+)");
    private static final Pattern JUNIT = Pattern.compile("--junit ([^\\s;]+)");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theGithubWorkflowRunsStagingPacksTheEvidenceAndKeepsIt() throws Exception {
        JsonNode workflow = YAML.readTree(DIR.resolve("github-actions-nightly-staging.yml").toFile());
        assertThat(workflow.path("on").has("schedule")).as("a nightly schedule").isTrue();
        List<String> runs = new ArrayList<>();
        List<String> uploaded = new ArrayList<>();
        for (JsonNode job : workflow.path("jobs")) {
            for (JsonNode step : job.path("steps")) {
                runs.add(step.path("run").asText(""));
                if (step.path("uses").asText().startsWith("actions/upload-artifact")) {
                    uploaded.addAll(step.path("with").path("path").asText().lines().map(String::strip).toList());
                }
            }
        }
        String script = String.join("\n", runs);
        assertThat(script).contains("./golive run --target staging").containsPattern(JUNIT);
        assertThat(uploaded).as("artifacts").contains(packed(script), packed(script) + ".sha256");
    }

    @Test
    void theGitlabJobRunsStagingPacksTheEvidenceAndKeepsIt() throws Exception {
        JsonNode job = YAML.readTree(DIR.resolve("gitlab-ci-nightly-staging.yml").toFile()).path("golive-staging");
        String script = text(job.path("script")) + "\n" + text(job.path("after_script"));
        List<String> kept = new ArrayList<>();
        job.path("artifacts").path("paths").forEach(p -> kept.add(p.asText()));

        assertThat(script).contains("./golive run --target staging");
        assertThat(job.path("artifacts").path("when").asText()).isEqualTo("always");
        assertThat(kept).contains(packed(script), packed(script) + ".sha256");
        Matcher junit = JUNIT.matcher(script);
        assertThat(junit.find()).isTrue();
        assertThat(job.path("artifacts").path("reports").path("junit").asText()).isEqualTo(junit.group(1));
        assertThat(job.path("rules").toString()).contains("schedule");
    }

    @Test
    @Tag("security")
    void noExampleHoldsASecretValue() throws Exception {
        assertThat(new LeakScanner().scan(DIR)).as("leak scan of docs/ci").isEmpty();
        try (var files = Files.list(DIR)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("-----BEGIN").doesNotContain("sim_");
                List<String> assigned = new ArrayList<>();
                collectAssignments(YAML.readTree(file.toFile()), assigned);
                assertThat(assigned).as("%s: secret variables are given only as ${{ secrets.NAME }}", file)
                        .allSatisfy(value -> assertThat(value).matches(GITHUB_SECRET));
            }
        }
    }

    /** The value of every key named like a credential variable, anywhere in the document. */
    private static void collectAssignments(JsonNode node, List<String> values) {
        node.properties().forEach(field -> {
            if (SECRETS.contains(field.getKey())) {
                values.add(field.getValue().asText());
            }
            collectAssignments(field.getValue(), values);
        });
        if (node.isArray()) {
            node.forEach(item -> collectAssignments(item, values));
        }
    }

    private static String packed(String script) {
        Matcher m = PACK.matcher(script);
        assertThat(m.find()).as("a 'golive evidence pack BUNDLE -o ZIP' step in:%n%s", script).isTrue();
        return m.group(1);
    }

    private static String text(JsonNode lines) {
        List<String> all = new ArrayList<>();
        lines.forEach(l -> all.add(l.asText()));
        return String.join("\n", all);
    }
}
