package com.axys.golive.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which earlier run {@code --continue} may pick up: the same target however it is spelled, a bundle that exists. */
final class ContinuationTest {

    @TempDir
    Path dir;

    @Test
    void theSameTargetIsRecognisedWhateverTheSpellingOfItsHostAndPort() {
        String url = "https://staging.api.axyscards.com/v2";
        assertThat(Continuation.sameTarget(url, "https://STAGING.api.axyscards.com/v2")).isTrue();
        assertThat(Continuation.sameTarget(url, "https://staging.api.axyscards.com./v2")).isTrue();
        assertThat(Continuation.sameTarget(url, "https://staging.api.axyscards.com:443/v2/")).isTrue();
        assertThat(Continuation.sameTarget(url, "https://staging.api.axyscards.com:8443/v2")).isFalse();
        assertThat(Continuation.sameTarget(url, "https://api.axyscards.com/v2")).isFalse();
        assertThat(Continuation.sameTarget(url, "https://staging.api.axyscards.com/v1")).isFalse();
        assertThat(Continuation.sameTarget(url, "http://staging.api.axyscards.com/v2")).isFalse();
    }

    @Test
    void aRunIdIsLookedUpUnderTheEvidenceRootAndNothingElseIsGuessed() throws Exception {
        Path root = Files.createDirectories(dir.resolve("evidence"));
        Path bundle = Files.createDirectories(root.resolve("20261204T000000Z-staging-abc123"));
        assertThat(Continuation.bundle("20261204T000000Z-staging-abc123", root)).isEqualTo(bundle);
        assertThat(Continuation.bundle(bundle.toString(), root)).isEqualTo(bundle);
        assertThatThrownBy(() -> Continuation.bundle("20261204T000000Z-staging-zzz", root))
                .isInstanceOf(HarnessException.class).hasMessageContaining("no run 20261204T000000Z-staging-zzz under");
        assertThatThrownBy(() -> Continuation.bundle("../elsewhere", root))
                .isInstanceOf(HarnessException.class).hasMessageContaining("no bundle at ../elsewhere");
        assertThatThrownBy(() -> Continuation.of(bundle, "https://staging.api.axyscards.com/v2"))
                .isInstanceOf(HarnessException.class).hasMessageContaining("is not an evidence bundle");
    }
}
