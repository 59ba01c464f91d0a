package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.runner.FeatureRunner.PlannedScenario;
import com.axys.golive.runner.SelectionRecord;
import com.axys.golive.runner.TagSelection;
import com.axys.golive.runner.TagSelection.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * selection.json as written by a run is read back by the reports: only the left-out scenarios whose rule counts
 * become parts of an item's proof, each with its rule's reason; and the record stays small when nearly every
 * scenario is left out, so it never crowds the calls out of a bundle with little room.
 */
final class SelectionRecordReadTest {

    private static final List<Rule> STAGING = List.of(new Rule("@wip", false), new Rule("@simulator-only", false));

    @Test
    void theReportsReadWhichLeftOutScenariosCountAndWhy(@TempDir Path root) throws Exception {
        List<PlannedScenario> inventory = List.of(
                new PlannedScenario("A 404 is refused", "features/errors/not-found.feature",
                        List.of("@checklist:P1.ERR.01")),
                new PlannedScenario("A 503 is retried", "features/errors/transient.feature",
                        List.of("@checklist:P1.ERR.01", "@simulator-only")),
                new PlannedScenario("Half-built", "features/wip.feature", List.of("@checklist:P1.ERR.01", "@wip")),
                new PlannedScenario("A cardholder is created", "features/cardholders.feature",
                        List.of("@checklist:P1.INT.01")));
        try (BundleFixture fixture = BundleFixture.open(root)) {
            Files.write(fixture.dir().resolve(EvidenceFiles.SELECTION),
                    SelectionRecord.json(TagSelection.of("@checklist:P1.ERR.01", STAGING), inventory, true));
            List<Bundle.LeftOut> leftOut = fixture.bundle().leftOut();

            assertThat(leftOut).as("work in progress does not count").extracting(Bundle.LeftOut::name)
                    .containsExactly("A 503 is retried", "A cardholder is created");
            assertThat(leftOut.get(0).checklist()).containsExactly("P1.ERR.01");
            assertThat(leftOut.get(0).reason()).startsWith("only the simulator can produce this case");
            assertThat(leftOut.get(1).reason()).isEqualTo("not selected by --tags");
        }
    }

    @Test
    void aSelectionThatLeavesOutHundredsOfScenariosStaysSmall() {
        List<PlannedScenario> inventory = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inventory.add(new PlannedScenario("A cardholder in state " + i + " is read back as the guide says",
                    "features/integration/cardholder-lifecycle.feature", List.of("@checklist:P1.INT.0" + (i % 9 + 1),
                    i % 2 == 0 ? "@simulator-only" : "@phase1")));
        }
        byte[] json = SelectionRecord.json(TagSelection.of("@checklist:P1.INT.16", STAGING), inventory, true);

        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\n")
                .containsOnlyOnce("only the simulator can produce this case");
        assertThat(json.length).as("bytes per left-out scenario").isLessThan(200 * 200);
    }
}
