package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The campaign's coverage merge on hand-written coverage rows, in the shape {@link CoverageMatrix} writes them: the
 * best result per item with the run that proved it, and a passed scenario that continues a run the pack lacks.
 */
final class CampaignCoverageTest {

    private static final String RUN1 = "20261201T090000Z-staging-aaaaaa";
    private static final String RUN2 = "20261202T090000Z-staging-bbbbbb";
    private static final String RUN0 = "20261130T090000Z-staging-000000";

    @Test
    void eachItemTakesTheBestResultOfAnyRunAndNamesTheRunThatProvedIt() {
        CampaignCoverage campaign = CampaignCoverage.of(List.of(
                member(RUN1, row("P1.INT.07", "pending on target", scenario("pending-on-target", null)),
                        row("P1.INT.01", "passed", scenario("passed", null)),
                        row("P1.ERR.01", "failed", scenario("failed", null)),
                        row("P1.SEC.01", "manual")),
                member(RUN2, row("P1.INT.07", "passed", scenario("passed", RUN1)),
                        row("P1.INT.01", "not run"),
                        row("P1.ERR.01", "incomplete", scenario("passed", null)),
                        row("P1.SEC.01", "manual"))));

        assertThat(campaign.result("P1.INT.07")).isEqualTo("passed");
        assertThat(campaign.provedBy("P1.INT.07")).as("the continuing run, whose earlier run is in the pack")
                .isEqualTo(RUN2);
        assertThat(campaign.inRun("P1.INT.07", RUN2)).isEqualTo("passed (continues " + RUN1 + ")");
        assertThat(campaign.result("P1.INT.01")).isEqualTo("passed");
        assertThat(campaign.provedBy("P1.INT.01")).isEqualTo(RUN1);
        assertThat(campaign.result("P1.ERR.01")).as("incomplete beats failed").isEqualTo("incomplete");
        assertThat(campaign.provedBy("P1.ERR.01")).isNull();
        assertThat(campaign.result("P1.SEC.01")).isEqualTo("manual");

        assertThat(campaign.json()).contains("\"provedBy\" : \"" + RUN2 + "\"")
                .contains("\"passed\" : 2").contains("\"incomplete\" : 1");
        assertThat(campaign.markdown()).contains("| `P1.INT.07` |").contains("| **passed** | `" + RUN2 + "` |")
                .contains("`" + RUN1 + "`: pending on target (continued by `" + RUN2 + "`, whose result stands); `"
                        + RUN2 + "`: passed (continues " + RUN1 + ")");
    }

    @Test
    void aPendingResultThatALaterRunOfThePackContinuedGivesWayToThatRunsResult() {
        CampaignCoverage campaign = CampaignCoverage.of(List.of(
                member(RUN1, row("P1.INT.07", "pending on target", scenario("pending-on-target", null)),
                        row("P1.INT.08", "pending on target", scenario("pending-on-target", null))),
                member(RUN2, row("P1.INT.07", "incomplete", scenario("passed", RUN1),
                        scenario("not run: only the simulator can produce this case", null)),
                        row("P1.INT.08", "not run"))));

        assertThat(campaign.result("P1.INT.07")).as("the continuing run's result stands, though pending ranks"
                + " above incomplete").isEqualTo("incomplete");
        assertThat(campaign.from("P1.INT.07")).isEqualTo(RUN2);
        assertThat(campaign.provedBy("P1.INT.07")).isNull();
        assertThat(campaign.inRun("P1.INT.07", RUN1)).isEqualTo("pending on target (continued by " + RUN2 + ")");
        assertThat(campaign.result("P1.INT.08")).as("RUN2 did not continue this item: RUN1's pending stands")
                .isEqualTo("pending on target");
        assertThat(campaign.from("P1.INT.08")).isEqualTo(RUN1);
    }

    @Test
    void aPassedScenarioContinuingARunNotInThePackDoesNotCountAsPassed() {
        CampaignCoverage campaign = CampaignCoverage.of(List.of(
                member(RUN1, row("P1.INT.07", "passed", scenario("passed", RUN0)),
                        row("P1.INT.08", "failed", scenario("failed", null), scenario("passed", RUN0))),
                member(RUN2, row("P1.INT.07", "not run"), row("P1.INT.08", "not run"))));

        assertThat(campaign.result("P1.INT.07")).isEqualTo("incomplete");
        assertThat(campaign.provedBy("P1.INT.07")).isNull();
        assertThat(campaign.inRun("P1.INT.07", RUN1))
                .isEqualTo("incomplete (continues " + RUN0 + ", which is not in this pack)");
        assertThat(campaign.result("P1.INT.08")).as("a failure still decides first").isEqualTo("failed");
        assertThat(campaign.markdown()).contains("continues " + RUN0 + ", which is not in this pack");

        CampaignCoverage withEarlier = CampaignCoverage.of(List.of(
                member(RUN0, row("P1.INT.07", "pending on target", scenario("pending-on-target", null))),
                member(RUN1, row("P1.INT.07", "passed", scenario("passed", RUN0)))));
        assertThat(withEarlier.result("P1.INT.07")).as("with the earlier run in the pack it is proven")
                .isEqualTo("passed");
        assertThat(withEarlier.provedBy("P1.INT.07")).isEqualTo(RUN1);
    }

    @Test
    void aContinuationCountsOnlyWhenEveryRunOfItsChainIsInThePack() {
        String run3 = "20261203T090000Z-staging-cccccc";
        CampaignCoverage withoutFirst = CampaignCoverage.of(List.of(
                member(RUN2, row("P1.INT.07", "pending on target", scenario("pending-on-target", RUN1))),
                member(run3, row("P1.INT.07", "passed", scenario("passed", RUN2)))));

        assertThat(withoutFirst.result("P1.INT.07")).as("run 1 made what runs 2 and 3 adopted").isEqualTo("incomplete");
        assertThat(withoutFirst.inRun("P1.INT.07", run3))
                .isEqualTo("incomplete (continues " + RUN2 + ", which goes back to " + RUN1 + ", not in this pack)");

        CampaignCoverage whole = CampaignCoverage.of(List.of(
                member(RUN1, row("P1.INT.07", "pending on target", scenario("pending-on-target", null))),
                member(RUN2, row("P1.INT.07", "pending on target", scenario("pending-on-target", RUN1))),
                member(run3, row("P1.INT.07", "passed", scenario("passed", RUN2)))));
        assertThat(whole.result("P1.INT.07")).isEqualTo("passed");
        assertThat(whole.provedBy("P1.INT.07")).isEqualTo(run3);
        assertThat(whole.inRun("P1.INT.07", RUN1)).isEqualTo("pending on target (continued by " + RUN2 + ")");
    }

    @Test
    void theSameMembersGiveTheSameBytes() {
        List<CampaignCoverage.Member> members = List.of(member(RUN1, row("P1.INT.01", "passed",
                scenario("passed", null))), member(RUN2, row("P1.INT.01", "failed", scenario("failed", null))));
        assertThat(CampaignCoverage.of(members).json()).isEqualTo(CampaignCoverage.of(members).json());
        assertThat(CampaignCoverage.of(members).markdown()).isEqualTo(CampaignCoverage.of(members).markdown());
    }

    private static final String OTHER = "not run: run by another shard of this 2-part run";

    @Test
    void theShardsOfOneRunTakenTogetherDecideAnItemFromAllItsScenarios() {
        CampaignCoverage campaign = CampaignCoverage.of(List.of(
                shard(RUN1, "1/2", row("P1.ERR.01", "incomplete", named("a", "passed"), named("b", OTHER)),
                        row("P1.ERR.02", "incomplete", named("c", "passed"), named("d", OTHER)),
                        row("P1.ERR.03", "incomplete", named("e", "passed"), named("f", OTHER),
                                named("g", "not run: only the simulator can produce this case")),
                        row("P1.SEC.01", "manual")),
                shard(RUN2, "2/2", row("P1.ERR.01", "incomplete", named("a", OTHER), named("b", "passed")),
                        row("P1.ERR.02", "failed", named("c", OTHER), named("d", "failed")),
                        row("P1.ERR.03", "incomplete", named("e", OTHER), named("f", "passed"),
                                named("g", "not run: only the simulator can produce this case")),
                        row("P1.SEC.01", "manual"))));

        String both = RUN1 + " + " + RUN2;
        assertThat(campaign.result("P1.ERR.01")).as("each shard ran half; together all passed").isEqualTo("passed");
        assertThat(campaign.provedBy("P1.ERR.01")).isEqualTo(both);
        assertThat(campaign.inRun("P1.ERR.01", RUN1)).isEqualTo("incomplete");
        assertThat(campaign.result("P1.ERR.02")).as("a failure in one shard fails the run").isEqualTo("failed");
        assertThat(campaign.result("P1.ERR.03")).as("a scenario no shard ran still keeps it from passing")
                .isEqualTo("incomplete");
        assertThat(campaign.result("P1.SEC.01")).isEqualTo("manual");
        assertThat(campaign.json()).contains("\"combinedIn\" : \"" + both + "\"");
    }

    @Test
    void aSplitWithAPartMissingKeepsEachPartsOwnResult() {
        CampaignCoverage campaign = CampaignCoverage.of(List.of(
                shard(RUN1, "1/3", row("P1.ERR.01", "incomplete", named("a", "passed"), named("b", OTHER))),
                shard(RUN2, "2/3", row("P1.ERR.01", "incomplete", named("a", OTHER), named("b", "passed")))));

        assertThat(campaign.result("P1.ERR.01")).as("part 3 may have failed b").isEqualTo("incomplete");
        assertThat(campaign.provedBy("P1.ERR.01")).isNull();
        assertThat(campaign.json()).doesNotContain("combinedIn");
    }

    @Test
    void shardsOfDifferentSelectionsAreNotOneRun() {
        CampaignCoverage campaign = CampaignCoverage.of(List.of(
                shard(RUN1, "1/2", row("P1.ERR.01", "incomplete", named("a", "passed"), named("b", OTHER))),
                split(RUN2, "2/2", "@other", row("P1.ERR.01", "incomplete", named("a", OTHER),
                        named("b", "passed")))));

        assertThat(campaign.result("P1.ERR.01")).isEqualTo("incomplete");
    }

    private static CampaignCoverage.Member shard(String run, String part, String... rows) {
        return split(run, part, "not @wip", rows);
    }

    private static CampaignCoverage.Member split(String run, String part, String selection, String... rows) {
        CampaignCoverage.Member plain = member(run, rows);
        String json = new String(plain.coverageJson(), StandardCharsets.UTF_8);
        json = json.substring(0, json.length() - 1) + ",\"shard\":{\"part\":\"" + part + "\",\"selection\":\""
                + selection + "\"}}";
        return new CampaignCoverage.Member(run, plain.startedAt(), plain.endedAt(),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static String named(String name, String status) {
        return "{\"name\":\"" + name + "\",\"feature\":\"features/x.feature\",\"status\":\"" + status
                + "\",\"line\":1}";
    }

    private static CampaignCoverage.Member member(String run, String... rows) {
        String json = "{\"runId\":\"" + run + "\",\"target\":{\"name\":\"staging\",\"baseUrl\":"
                + "\"https://staging.api.axyscards.com/v2\",\"statement\":\"Proven on Axys staging.\"},"
                + "\"phases\":[{\"phase\":1,\"title\":\"Staging completion\"}],\"items\":[" + String.join(",", rows)
                + "]}";
        return new CampaignCoverage.Member(run, "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z",
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String id, String result, String... scenarios) {
        return "{\"id\":\"" + id + "\",\"phase\":1,\"section\":\"Integration\",\"text\":\"line of " + id + "\","
                + "\"automation\":\"" + (result.equals("manual") ? "manual" : "automated") + "\",\"applies\":true,"
                + "\"result\":\"" + result + "\",\"scenarios\":[" + String.join(",", scenarios) + "]}";
    }

    private static String scenario(String status, String continues) {
        return "{\"name\":\"a scenario\",\"feature\":\"features/x.feature\",\"status\":\"" + status + "\",\"line\":1"
                + (continues == null ? "" : ",\"continues\":\"" + continues + "\"") + "}";
    }
}
