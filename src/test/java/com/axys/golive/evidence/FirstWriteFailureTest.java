package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FirstWriteFailureTest {

    private final FirstWriteFailure failures = new FirstWriteFailure(Path.of("/srv/golive/evidence"));

    @Test
    void namesTheFileTheSystemsReasonAndWhereToFreeSpace() {
        HarnessException why = failures.record("calls.jsonl", new IOException("No space left on device"));

        assertThat(why).hasMessage("evidence could not be written (calls.jsonl: No space left on device); no"
                + " further calls were made; free space in /srv/golive/evidence and run again");
        assertThat(why.category()).isEqualTo(HarnessException.Category.EVIDENCE);
        assertThat(failures.problem()).isEqualTo("evidence could not be written (calls.jsonl: No space left on"
                + " device)");
    }

    @Test
    void theFirstFailureWinsAndTheListenerHearsOfEach() {
        List<HarnessException> told = new ArrayList<>();
        failures.listener(told::add);

        HarnessException first = failures.record("calls.jsonl", new IOException("File too large"));
        HarnessException later = failures.record("manifest.json", new FileSystemException("/srv/x", null,
                "No space left on device"));

        assertThat(later).isSameAs(first);
        assertThat(told).containsExactly(first, first);
        assertThat(failures.first()).containsSame(first);
    }

    @Test
    void takesTheReasonNotThePathOfAFileSystemError() {
        assertThat(failures.record("manifest.json", new FileSystemException("/srv/golive/evidence/r/manifest.json",
                null, "No space left on device")).getMessage())
                .startsWith("evidence could not be written (manifest.json: No space left on device);");
    }
}
