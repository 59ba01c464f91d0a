package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.evidence.Hashing;
import com.axys.golive.run.EmbeddedSimulator;
import com.axys.golive.simulator.ProgramProfile;
import com.axys.golive.verification.TestBundles;
import com.axys.golive.testing.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.axys.golive.cli.CliRuns.Result;
import static com.axys.golive.cli.CliRuns.golive;
import static com.axys.golive.cli.CliRuns.id;
import static com.axys.golive.cli.CliRuns.item;

/**
 * {@code golive evidence pack RUN...} and {@code golive evidence verify} on a real campaign: a run against a
 * standalone simulator whose KYC review outlives its wait budget (pending on the target), the run that continues it,
 * and an unrelated run of the same target; packed together, verified, tampered with, and refused when the runs do not
 * make one campaign.
 */
final class CampaignPackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = "P1.INT.07";

    @TempDir
    static Path dir;

    private static Path first;
    private static Path second;
    private static Path unrelated;

    @BeforeAll
    static void aCampaignOfTwoRunsAndAnUnrelatedRun() throws Exception {
        try (EmbeddedSimulator server = EmbeddedSimulator.start(dir.resolve("server-pki"), 0,
                ProgramProfile.defaults().withReviewDelay(Duration.ofSeconds(2)), Clock.systemUTC())) {
            Path apiKey = Files.writeString(dir.resolve("api-key"), server.apiKey().asString() + "\n");
            Result run1 = run(server, apiKey, "--tags", "@checklist:" + ITEM, "--max-wait", "0s");
            assertThat(run1.code()).as(run1.toString()).isEqualTo(5);
            first = newest(Set.of());
            Thread.sleep(2_500); // the reviews end while no run waits
            Result run2 = run(server, apiKey, "--continue", first.getFileName().toString(), "--max-wait", "60s");
            assertThat(run2.code()).as(run2.toString()).isZero();
            second = newest(Set.of(first));
            Result run3 = run(server, apiKey, "--tags", "@checklist:P1.INT.03", "--max-wait", "60s");
            assertThat(run3.code()).as(run3.toString()).isIn(0, 5);
            unrelated = newest(Set.of(first, second));
        }
    }

    @Test
    void aTwoRunCampaignPacksIntoOneDeterministicZipThatVerifies() throws Exception {
        Path zip = dir.resolve("handover/campaign.zip");

        Result pack = golive("evidence", "pack", second.toString(), first.toString(), "-o", zip.toString());
        assertThat(pack.code()).as(pack.toString()).isZero();
        assertThat(pack.out()).contains("VERIFIED: " + id(first) + " — ").contains("VERIFIED: " + id(second) + " — ")
                .contains("VERIFIED: campaign of 2 run(s) (" + id(first) + ", " + id(second) + ")")
                .contains("Packed " + zip + " (SHA-256 " + Hashing.sha256(zip));
        assertThat(Files.readString(dir.resolve("handover/campaign.zip.sha256")))
                .isEqualTo(Hashing.sha256(zip) + "  campaign.zip\n");

        Result verify = golive("evidence", "verify", zip.toString());
        assertThat(verify.code()).as(verify.toString()).isZero();
        assertThat(verify.out().strip().lines().toList()).as("one line per member, then the campaign's").hasSize(3)
                .satisfies(l -> assertThat(l.get(0)).startsWith("VERIFIED: " + id(first) + " — "))
                .satisfies(l -> assertThat(l.get(1)).startsWith("VERIFIED: " + id(second) + " — "))
                .satisfies(l -> assertThat(l.get(2)).startsWith("VERIFIED: campaign of 2 run(s)"));

        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Set<String> top;
            try (Stream<Path> entries = Files.list(fs.getPath("/"))) {
                top = entries.map(p -> p.getFileName().toString().replace("/", "")).collect(Collectors.toSet());
            }
            assertThat(top).containsExactlyInAnyOrder(id(first), id(second), "campaign.json",
                    "campaign-coverage.json", "campaign-coverage.md");
            assertThat(Files.readAllBytes(fs.getPath(id(first), "calls.jsonl")))
                    .as("each bundle's folder unchanged").isEqualTo(Files.readAllBytes(first.resolve("calls.jsonl")));
            JsonNode campaign = JSON.readTree(Files.readAllBytes(fs.getPath("campaign.json")));
            assertThat(campaign.path("runs").findValuesAsText("id")).as("earliest first, whatever the order given")
                    .containsExactly(id(first), id(second));
            assertThat(campaign.path("runs").get(0).path("manifestSha256").asText())
                    .isEqualTo(Hashing.sha256(first.resolve("manifest.json")));
            assertThat(campaign.path("runs").get(1).path("verdict").asText()).isEqualTo("VERIFIED");
            assertThat(campaign.path("runs").get(1).path("startedAt").asText()).isNotBlank();
            assertThat(campaign.path("target").path("baseUrl").asText()).startsWith("https://127.0.0.1:");
        }

        Path again = dir.resolve("again/campaign.zip");
        assertThat(golive("evidence", "pack", first.toString(), second.toString(), "-o", again.toString()).code())
                .isZero();
        assertThat(Hashing.sha256(again)).as("the same runs give the same bytes").isEqualTo(Hashing.sha256(zip));
    }

    @Test
    void theCampaignCoverageNamesPerItemTheRunThatProvedIt() throws Exception {
        Path zip = pack("coverage.zip", first, second, unrelated);

        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            JsonNode coverage = JSON.readTree(Files.readAllBytes(fs.getPath("campaign-coverage.json")));
            JsonNode item = item(coverage, ITEM);
            assertThat(item.path("result").asText()).as("its @simulator-only scenario cannot run here")
                    .isEqualTo("incomplete");
            assertThat(item.path("from").asText()).as("the run that continued the pending one").isEqualTo(id(second));
            assertThat(item.path("runs").get(0).path("run").asText()).isEqualTo(id(first));
            assertThat(item.path("runs").get(0).path("result").asText()).isEqualTo("pending on target");
            assertThat(item.path("runs").get(0).path("continuedBy").asText()).isEqualTo(id(second));
            assertThat(item.path("runs").get(1).path("note").asText()).isEqualTo("continues " + id(first));
            JsonNode proved = item(coverage, "P1.INT.03");
            assertThat(proved.path("result").asText()).isEqualTo("passed");
            assertThat(proved.path("provedBy").asText()).isEqualTo(id(unrelated));
            String md = Files.readString(fs.getPath("campaign-coverage.md"));
            assertThat(md).contains("| `P1.INT.03` |").contains("| **passed** | `" + id(unrelated) + "` |")
                    .contains("`" + id(first) + "`: pending on target (continued by `" + id(second)
                            + "`, whose result stands); `" + id(second) + "`: incomplete (continues " + id(first) + ")");
        }
    }

    @Test
    void aPassedScenarioThatContinuesARunLeftOutOfThePackIsNotCountedAsPassed() throws Exception {
        Path zip = pack("without-first.zip", second, unrelated);

        assertThat(golive("evidence", "verify", zip.toString()).code()).as("still a sound pack").isZero();
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            JsonNode item = item(JSON.readTree(Files.readAllBytes(fs.getPath("campaign-coverage.json"))), ITEM);
            assertThat(item.path("result").asText()).isEqualTo("incomplete");
            assertThat(item.has("provedBy")).isFalse();
            assertThat(item.path("runs").get(0).path("note").asText())
                    .isEqualTo("continues " + id(first) + ", which is not in this pack");
            assertThat(Files.readString(fs.getPath("campaign-coverage.md")))
                    .contains("continues " + id(first) + ", which is not in this pack");
        }
    }

    @Test
    void aByteChangedInAMembersCallsFailsVerifyNamingTheMemberAndTheFile() throws Exception {
        Path zip = pack("tampered.zip", first, second);
        Files.delete(dir.resolve("tampered.zip.sha256")); // the auditor received the zip alone
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Path calls = fs.getPath(id(second), "calls.jsonl");
            byte[] bytes = Files.readAllBytes(calls);
            int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\"status\":2") + 10;
            bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
            Files.write(calls, bytes);
        }

        Result verify = golive("evidence", "verify", zip.toString());
        assertThat(verify.code()).as(verify.toString()).isEqualTo(4);
        assertThat(verify.out()).contains("problem: " + id(second) + ": calls.jsonl")
                .contains("CORRUPT: " + id(second)).contains("VERIFIED: " + id(first))
                .contains("CORRUPT: campaign of 2 run(s)").doesNotContain("\tat ");
    }

    @Test
    void aMemberRemovedFromTheZipWithCampaignJsonLeftAsItWasFailsVerify() throws Exception {
        Path zip = pack("thinned.zip", first, second);
        Files.delete(dir.resolve("thinned.zip.sha256"));
        try (FileSystem fs = FileSystems.newFileSystem(zip); Stream<Path> all = Files.walk(fs.getPath(id(first)))) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        Result verify = golive("evidence", "verify", zip.toString());
        assertThat(verify.code()).as(verify.toString()).isEqualTo(4);
        assertThat(verify.out()).contains("problem: campaign.json lists run " + id(first) + ", but the pack has no"
                + " folder " + id(first) + "/ (the member was removed after packing)")
                .contains("CORRUPT: campaign of 1 run(s)");
    }

    @Test
    void aMemberSwappedForAnotherRunFailsVerify() throws Exception {
        Path zip = pack("swapped.zip", first, second);
        Files.delete(dir.resolve("swapped.zip.sha256"));
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Path manifest = fs.getPath(id(first), "manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"toolVersion\" : \"[^\"]*\"",
                    "\"toolVersion\" : \"swapped\""));
        }

        Result verify = golive("evidence", "verify", zip.toString());
        assertThat(verify.code()).as(verify.toString()).isEqualTo(4);
        assertThat(verify.out()).contains(id(first) + "/manifest.json has not the SHA-256 campaign.json records for"
                + " run " + id(first));
    }

    @Test
    void anEditedCampaignCoverageOrAnAddedEntryFailsVerify() throws Exception {
        Path zip = pack("edited.zip", first, second);
        Files.delete(dir.resolve("edited.zip.sha256"));
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Path md = fs.getPath("campaign-coverage.md");
            Files.writeString(md, Files.readString(md).replace("**incomplete**", "**passed**"));
            Files.writeString(fs.getPath("notes.txt"), "added later");
        }

        Result verify = golive("evidence", "verify", zip.toString());
        assertThat(verify.code()).as(verify.toString()).isEqualTo(4);
        assertThat(verify.out()).contains("problem: campaign-coverage.md: differs from the coverage the members' own"
                + " coverage.json gives (edited after packing)")
                .contains("entry notes.txt is neither a member bundle nor a campaign record")
                .doesNotContain("problem: campaign-coverage.json");

        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Files.delete(fs.getPath("campaign.json"));
        }
        Result withoutRecord = golive("evidence", "verify", zip.toString());
        assertThat(withoutRecord.code()).as(withoutRecord.toString()).isEqualTo(4);
        assertThat(withoutRecord.out()).contains("problem: campaign.json: is missing").doesNotContain("does not list");
    }

    @Test
    void runsOfDifferentTargetsAreRefusedInOneLineWithExit2() {
        Path elsewhere = new TestBundles().complete(dir.resolve("elsewhere"));
        Path zip = dir.resolve("mixed.zip");

        Result pack = golive("evidence", "pack", first.toString(), elsewhere.toString(), "-o", zip.toString());
        assertThat(pack.code()).as(pack.toString()).isEqualTo(2);
        assertThat(pack.err().strip().lines()).singleElement().asString().startsWith("golive: error: run ")
                .contains("ran against https://127.0.0.1:1/v2").contains("pack each target's runs apart");
        assertThat(zip).doesNotExist();
    }

    @Test
    void theSameRunGivenTwiceIsRefusedWithExit2() {
        Path zip = dir.resolve("twice.zip");

        Result pack = golive("evidence", "pack", first.toString(), first.toString(), "-o", zip.toString());
        assertThat(pack.code()).as(pack.toString()).isEqualTo(2);
        assertThat(pack.err().strip().lines()).singleElement().asString()
                .contains("run " + id(first) + " is given twice").contains("give each run of the campaign once");
        assertThat(zip).doesNotExist();
    }

    @Test
    void aCorruptMemberIsRefusedWithItsVerdictLineAndExit4() throws Exception {
        Path copy = dir.resolve("corrupt").resolve(id(first));
        TestFiles.copyTree(first, copy);
        Files.writeString(copy.resolve("extra.txt"), "added later");
        Path zip = dir.resolve("corrupt.zip");

        Result pack = golive("evidence", "pack", copy.toString(), second.toString(), "-o", zip.toString());
        assertThat(pack.code()).as(pack.toString()).isEqualTo(4);
        assertThat(pack.err().strip().lines()).singleElement().asString()
                .startsWith("golive: error: refusing to pack the campaign: CORRUPT: " + id(first) + " (")
                .contains("restore the original bundle or leave the run out of the campaign");
        assertThat(pack.out()).contains("problem: unlisted file extra.txt was added after the run")
                .contains("CORRUPT: " + id(first) + " — 1 problem(s) listed above");
        assertThat(zip).doesNotExist();
    }

    @Test
    void oneBundleIsPackedAsBefore() throws Exception {
        Path zip = dir.resolve("single/run.zip");

        Result pack = golive("evidence", "pack", first.toString(), "-o", zip.toString());
        assertThat(pack.code()).as(pack.toString()).isZero();
        Result folder = golive("evidence", "verify", first.toString());
        assertThat(pack.out()).isEqualTo(folder.out() + "Packed " + zip + " (SHA-256 " + Hashing.sha256(zip)
                + ", also in run.zip.sha256)" + System.lineSeparator());
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            assertThat(Files.exists(fs.getPath("campaign.json"))).isFalse();
        }
        Result verify = golive("evidence", "verify", zip.toString());
        assertThat(verify.out()).isEqualTo(folder.out());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static Path pack(String name, Path... bundles) {
        List<String> args = new ArrayList<>(List.of("evidence", "pack"));
        for (Path b : bundles) {
            args.add(b.toString());
        }
        args.addAll(List.of("-o", dir.resolve(name).toString()));
        Result pack = golive(args.toArray(String[]::new));
        assertThat(pack.code()).as(pack.toString()).isZero();
        return dir.resolve(name);
    }

    private static Path newest(Set<Path> known) throws IOException {
        return CliRuns.newest(dir.resolve("evidence"), known);
    }

    private static Result run(EmbeddedSimulator server, Path apiKey, String... more) {
        List<String> args = new ArrayList<>(List.of());
        args.addAll(List.of(more));
        return CliRuns.against(server, apiKey, dir.resolve("evidence"), "run", server.baseUrl().toString(),
                args.toArray(String[]::new));
    }

}
