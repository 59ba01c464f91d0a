package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.axys.golive.HarnessException;
import com.axys.golive.capture.ScenarioContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence is critical: a write that fails on the disk (here a real I/O error: the place to write is taken by a
 * file or a folder) is one evidence error, told to the run, and the bundle keeps what was written.
 */
final class EvidenceRunTest {

    private static final ScenarioContext SCENARIO = ScenarioContext.of("Jordan", "features/x.feature", List.of());

    @TempDir
    Path root;

    private final List<HarnessException> told = new ArrayList<>();

    private EvidenceRun open() {
        EvidenceRun run = EvidenceRun.open(root, "20261126T110000Z-simulator-ab12cd", Clock.systemUTC(),
                new RunMetadata("test", "simulator", "https://127.0.0.1:1/v2", null, "", ""));
        run.whenWriteFails(told::add);
        return run;
    }

    @Test
    void aFailedWriteIsOneEvidenceErrorToldToTheRunAndRepeatedAfterwards() throws Exception {
        EvidenceRun run = open();
        Files.writeString(run.dir().resolve("report"), "a file where a folder belongs");

        Throwable first = catchThrowable(() -> run.writeFile("report/index.html", new byte[] {1}));
        Throwable second = catchThrowable(() -> run.writeFile("report/other.html", new byte[] {1}));

        assertThat(first).isInstanceOf(HarnessException.class).hasMessage("evidence could not be written"
                + " (report/index.html: FileAlreadyExistsException); no further calls were made; free space in "
                + root + " and run again");
        assertThat(((HarnessException) first).category()).isEqualTo(HarnessException.Category.EVIDENCE);
        assertThat(second).isSameAs(first);
        assertThat(told).containsExactly((HarnessException) first, (HarnessException) first);
        assertThat(run.writeFailure()).containsSame((HarnessException) first);
    }

    @Test
    void closingAfterAFailedWriteKeepsTheRecordsAndMarksTheBundleIncompleteWithTheReason() throws Exception {
        EvidenceRun run = open();
        run.recordScenario(SCENARIO, "passed", 5, null);
        Files.writeString(run.dir().resolve("report"), "a file where a folder belongs");
        catchThrowable(() -> run.writeFile("report/index.html", new byte[] {1}));

        run.close();

        JsonNode manifest = EvidenceRun.MAPPER.readTree(run.dir().resolve(EvidenceFiles.MANIFEST).toFile());
        assertThat(manifest.path("complete").asBoolean()).isFalse();
        assertThat(manifest.path("abortReason").asText())
                .isEqualTo("evidence could not be written (report/index.html: FileAlreadyExistsException)");
        assertThat(Files.readAllLines(run.dir().resolve(EvidenceFiles.SCENARIOS))).hasSize(1);
    }

    @Test
    void aManifestThatCannotBeWrittenAtCloseFailsTheRunWithItsOwnError() throws Exception {
        EvidenceRun run = open();
        Files.createDirectory(run.dir().resolve(EvidenceFiles.MANIFEST + ".tmp"));

        Throwable thrown = catchThrowable(run::close);

        assertThat(thrown).isInstanceOf(HarnessException.class)
                .hasMessageStartingWith("evidence could not be written (manifest.json: ");
        assertThat(told).hasSize(1);
        try (Stream<Path> files = Files.list(run.dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).contains(EvidenceFiles.CALLS,
                    EvidenceFiles.SCENARIOS, EvidenceFiles.MANIFEST);
        }
    }
}
