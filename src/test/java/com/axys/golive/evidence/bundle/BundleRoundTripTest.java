package com.axys.golive.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines written through the model read back as equal records, and as the same JSON, stream by stream. */
final class BundleRoundTripTest {

    @TempDir
    Path root;

    @Test
    void everyLineReadsBackAsARecordThatWritesTheSameJson() throws IOException {
        Bundle bundle = Bundle.open(SampleRun.write(root));
        roundTrip(bundle, BundleStream.CALLS, 5);
        roundTrip(bundle, BundleStream.SCENARIOS, 3);
        roundTrip(bundle, BundleStream.TRANSITIONS, 2);
        roundTrip(bundle, BundleStream.ERRORS, 6);
    }

    @Test
    void theThreeErrorShapesAreToldApart() throws IOException {
        List<ErrorLine> errors = Bundle.open(SampleRun.write(root)).all(BundleStream.ERRORS);
        assertThat(errors).extracting(e -> e.getClass().getSimpleName()).containsExactly("CallError", "CallError",
                "CallError", "CallError", "ConnectionRefusal", "RequestRefusal");
        CallError diagnosed = (CallError) errors.get(1);
        assertThat(diagnosed.cause()).isEqualTo("fcrdns-failed");
        assertThat(diagnosed.facts().path("callingIps").get(0).asText()).isEqualTo("203.0.113.7");
        assertThat(errors.get(4).attempt()).isEqualTo("connect without a client certificate");
        assertThat(errors.get(5).callSeq()).isNull();
    }

    @Test
    void aDamagedLineNamesItsFileAndNumber() throws IOException {
        Path dir = SampleRun.write(root);
        Files.writeString(dir.resolve("transitions.jsonl"), "\n{not json\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (Stream<TransitionLine> lines = Bundle.open(dir).transitions()) {
            assertThatThrownBy(lines::toList).hasMessageContaining("transitions.jsonl line 4");
        }
    }

    private static <T> void roundTrip(Bundle bundle, BundleStream<T> stream, int count) throws IOException {
        List<T> read = bundle.all(stream);
        assertThat(read).as(stream.file()).hasSize(count);
        List<String> written = Files.readAllLines(bundle.dir().resolve(stream.file()), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < count; i++) {
            ObjectNode original = (ObjectNode) json.readTree(written.get(i));
            original.remove("prevHash");
            String again = json.writeValueAsString(stream.write(read.get(i)));
            assertThat(again).as(stream.file() + " line " + (i + 1)).isEqualTo(json.writeValueAsString(original));
            assertThat(stream.read(again)).as(stream.file() + " line " + (i + 1)).isEqualTo(read.get(i));
        }
    }
}
