package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.axys.golive.cli.CliRuns.Result;
import static com.axys.golive.cli.CliRuns.golive;

final class SignOffCommandTest {

    @TempDir
    Path root;

    @Test
    void anUnknownRunIsAUsageErrorInOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = GoLive.execute(new PrintWriter(out), new PrintWriter(err), "evidence", "sign-off",
                root.resolve("no-such-run").toString(), "--item", "P1.CARD.03", "--by", "Dana", "--ref", "T-1");

        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("no run").doesNotContain("Exception");
    }

    /**
     * A real run's bundle, a manual item signed off twice: verify still says VERIFIED, and coverage shows the item
     * signed (its block filled with the latest sign-off, every sign-off listed) while its result stays the run's.
     */
    @Test
    void aSignOffShowsInTheRunsCoverageAndTheBundleStillVerifies() throws Exception {
        Path evidence = root.resolve("evidence");
        Result run = golive("run", "--no-report", "--tags", "@checklist:P1.INT.01 and @checklist:P1.ERR.01",
                "--evidence", evidence.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        Path bundle;
        try (var runs = java.nio.file.Files.list(evidence)) {
            bundle = runs.filter(java.nio.file.Files::isDirectory).findFirst().orElseThrow();
        }
        String blank = "- Name: ______________________";
        String md = java.nio.file.Files.readString(bundle.resolve("coverage.md"));
        assertThat(md.substring(md.indexOf("### `P1.SEC.01`"))).contains(blank);
        String resultBefore = item(bundle).path("result").asText();

        Result notAnItem = golive("evidence", "sign-off", bundle.toString(), "--item", "passed", "--by", "Dana",
                "--ref", "AXYS-0");
        assertThat(notAnItem.code()).as("a word of coverage.json is not an item").isEqualTo(ExitCode.USAGE.code());
        assertThat(notAnItem.err()).contains("unknown item passed");

        Result first = golive("evidence", "sign-off", bundle.toString(), "--item", "P1.SEC.01", "--by", "Dana <b>",
                "--ref", "AXYS-1 | pen test");
        Result second = golive("evidence", "sign-off", bundle.toString(), "--item", "P1.SEC.01", "--by",
                "Eve Auditor", "--ref", "AXYS-2");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(second.code()).as(second.toString()).isZero();

        Result verify = golive("evidence", "verify", bundle.toString());
        assertThat(verify.code()).as(verify.toString()).isZero();
        md = java.nio.file.Files.readString(bundle.resolve("coverage.md"));
        String block = md.substring(md.indexOf("### `P1.SEC.01`"), md.indexOf("\n### ", md.indexOf("### `P1.SEC.01`")));
        assertThat(block).contains("- Name: Eve Auditor").contains("- Evidence reference: AXYS-2")
                .doesNotContain(blank).doesNotContain("Dana");
        assertThat(md).contains("## Sign-offs recorded").contains("AXYS-1 \\| pen test").contains("Dana &lt;b")
                .contains("| `P1.SEC.01` | Eve Auditor | AXYS-2 |");
        var item = item(bundle);
        assertThat(item.path("signOff").path("name").asText()).isEqualTo("Eve Auditor");
        assertThat(item.path("result").asText()).as("a sign-off is not a result of the run").isEqualTo(resultBefore);
        var coverage = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle.resolve("coverage.json")
                .toFile());
        assertThat(coverage.path("signOffs").findValuesAsText("ref")).containsExactly("AXYS-1 | pen test", "AXYS-2");

        java.nio.file.Files.writeString(bundle.resolve("coverage.md"), md.replace("Eve Auditor", "Mallory"));
        assertThat(golive("evidence", "verify", bundle.toString()).code()).as("a hand edit still breaks the hash")
                .isEqualTo(ExitCode.EVIDENCE.code());
    }

    private static com.fasterxml.jackson.databind.JsonNode item(Path bundle) throws java.io.IOException {
        var coverage = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle.resolve("coverage.json")
                .toFile());
        return java.util.stream.StreamSupport.stream(coverage.path("items").spliterator(), false)
                .filter(i -> i.path("id").asText().equals("P1.SEC.01")).findFirst().orElseThrow();
    }

}
