package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.axys.golive.cli.CliRuns.Result;
import static com.axys.golive.cli.CliRuns.golive;
import static com.axys.golive.cli.CliRuns.id;
import static com.axys.golive.cli.CliRuns.item;

/**
 * {@code golive run --shard I/N} against a standalone simulator aimed at by URL, as a CI matrix runs it: two parts of
 * one selection, each its own bundle, packed into one campaign whose coverage decides an item from the scenarios of
 * both parts, as the whole run decides it.
 */
final class ShardRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = "P1.ERR.01";
    /** Cardholder details each rule refuses: many scenarios, no wait on the target. */
    private static final String TAGS = "@checklist:P1.INT.01 and @checklist:" + ITEM;

    @TempDir
    static Path dir;

    private static Result part1;
    private static Result part2;
    private static Path shard1;
    private static Path shard2;
    private static Path whole;

    @BeforeAll
    static void aSelectionRunWholeAndInTwoParts() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults().withReviewDelay(java.time.Duration.ofSeconds(1)), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            part1 = run(server, apiKey, "--shard", "1/2");
            shard1 = newest(Set.of());
            part2 = run(server, apiKey, "--shard", "2/2");
            shard2 = newest(Set.of(shard1));
            Result all = run(server, apiKey);
            assertThat(all.code()).as(all.toString()).isZero();
            whole = newest(Set.of(shard1, shard2));
        }
    }

    @Test
    void eachPartRunsItsShareAndSaysSo() throws Exception {
        assertThat(part1.code()).as(part1.toString()).isZero();
        assertThat(part2.code()).as(part2.toString()).isZero();
        int total = scenarios(whole);
        int one = scenarios(shard1);
        int two = scenarios(shard2);
        assertThat(one + two).isEqualTo(total);
        assertThat(Math.abs(one - two)).isLessThanOrEqualTo(1);
        assertThat(part1.out()).contains("  shard     1/2: " + one + " of the " + total + " selected scenarios");
        assertThat(part2.out()).contains("  shard     2/2: " + two + " of the " + total + " selected scenarios");
    }

    @Test
    void onePartAloneDoesNotClaimTheItemItSharesWithTheOther() throws Exception {
        JsonNode item = item(JSON.readTree(shard1.resolve("coverage.json").toFile()), ITEM);
        assertThat(item.path("result").asText()).isEqualTo("incomplete");
        assertThat(item.path("scenarios").toString()).contains("not run: run by another shard of this 2-part run");
        assertThat(item(JSON.readTree(whole.resolve("coverage.json").toFile()), ITEM).path("scenarios").toString())
                .doesNotContain("another shard");
        assertThat(JSON.readTree(shard1.resolve("coverage.json").toFile()).path("shard").path("part").asText())
                .isEqualTo("1/2");
        assertThat(JSON.readTree(whole.resolve("coverage.json").toFile()).has("shard")).as("a whole run: as before")
                .isFalse();
    }

    @Test
    void thePartsPackedTogetherProveTheItemAsTheWholeRunDoes() throws Exception {
        Path zip = dir.resolve("ci/shards.zip");
        Result pack = golive("evidence", "pack", shard2.toString(), shard1.toString(), "-o", zip.toString());
        assertThat(pack.code()).as(pack.toString()).isZero();
        assertThat(golive("evidence", "verify", zip.toString()).code()).isZero();
        JsonNode wholeItem = item(JSON.readTree(whole.resolve("coverage.json").toFile()), ITEM);
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            JsonNode item = item(JSON.readTree(Files.readAllBytes(fs.getPath("campaign-coverage.json"))), ITEM);
            assertThat(item.path("result").asText()).as("the item's other scenarios were left out by --tags in"
                    + " every run").isEqualTo(wholeItem.path("result").asText()).isEqualTo("incomplete");
            assertThat(item.path("from").asText()).isEqualTo(id(shard1) + " + " + id(shard2));
            assertThat(item.path("runs").findValuesAsText("combinedIn")).containsExactly(
                    id(shard1) + " + " + id(shard2), id(shard1) + " + " + id(shard2));
            assertThat(Files.readString(fs.getPath("campaign-coverage.md"))).contains("(this shard alone)");
        }
    }

    @Test
    void aPartPackedWithoutTheOtherStaysIncomplete() throws Exception {
        Path zip = dir.resolve("half/shard1.zip");
        Result pack = golive("evidence", "pack", shard1.toString(), whole.toString(), "-o", zip.toString());
        assertThat(pack.code()).as(pack.toString()).isZero();
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            JsonNode item = item(JSON.readTree(Files.readAllBytes(fs.getPath("campaign-coverage.json"))), ITEM);
            assertThat(item.path("runs").findValuesAsText("run")).as("each run's own result, no combined one")
                    .containsExactly(id(shard1), id(whole));
            assertThat(item.path("runs").findValuesAsText("combinedIn")).isEmpty();
        }
    }

    @Test
    void aShardThatCannotBeIsRefusedInOneLineBeforeAnythingStarts() {
        Result malformed = golive("run", "--shard", "3/2", "--no-report", "--evidence", dir.resolve("x").toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("got 3/2").doesNotContain("Exception");
        Result withContinue = golive("run", "--target", "https://127.0.0.1:1/v2", "--shard", "1/2", "--continue",
                "RUN", "--evidence", dir.resolve("x").toString());
        assertThat(withContinue.code()).isEqualTo(2);
        assertThat(withContinue.err()).contains("--shard splits a run over machines");
        Result empty = golive("run", "--shard", "256/256", "--tags", TAGS, "--no-report", "--evidence",
                dir.resolve("x").toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("shard 256/256 holds no scenario").contains("use fewer parts");
        assertThat(Files.exists(dir.resolve("x"))).as("nothing written").isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static int scenarios(Path bundle) throws IOException {
        try (Stream<String> lines = Files.lines(bundle.resolve("scenarios.jsonl"))) {
            return (int) lines.filter(l -> !l.isBlank()).count();
        }
    }

    private static Path newest(Set<Path> known) throws IOException {
        return CliRuns.newest(dir.resolve("evidence"), known);
    }

    private static Result run(EmbeddedSimulator server, Path apiKey, String... more) {
        List<String> args = new ArrayList<>(List.of("--max-wait", "60s", "--tags", TAGS));
        args.addAll(List.of(more));
        return CliRuns.against(server, apiKey, dir.resolve("evidence"), "run", server.baseUrl().toString(),
                args.toArray(String[]::new));
    }

}
