package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SignOffLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private final TestBundles bundles = new TestBundles();

    @Test
    void twoSignOffsSurviveVerifyAndKeepEveryManifestVersion() throws Exception {
        Path bundle = bundles.complete(root);

        SignOffLog.record(bundle, "P1.CARD.03", "Dana Reviewer <b>", "TICKET-42 | [x](y)", CLOCK);
        SignOffLog.record(bundle, "P1.CARD.03", "Dana Reviewer", "TICKET-43", CLOCK);

        VerificationReport report = new BundleVerifier().verify(bundle);
        assertThat(report.defects()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(Files.exists(bundle.resolve("manifests/v1.json"))).isTrue();
        assertThat(Files.exists(bundle.resolve("manifests/v2.json"))).isTrue();
        assertThat(Files.readString(bundle.resolve("manifest.json"))).contains("\"manifestVersion\" : 3");
        assertThat(Files.readAllLines(bundle.resolve(SignOffLog.STREAM))).hasSize(2);
    }

    @Test
    void aHandEditedSignOffIsCorrupt() throws Exception {
        Path bundle = bundles.complete(root);
        SignOffLog.record(bundle, "P1.CARD.03", "Dana", "TICKET-42", CLOCK);
        Path stream = bundle.resolve(SignOffLog.STREAM);
        List<String> lines = TestBundles.lines(stream);
        TestBundles.writeLines(stream, List.of(lines.get(0).replace("Dana", "Eve!")));

        assertThat(new BundleVerifier().verify(bundle).verdict()).isEqualTo(Verdict.CORRUPT);
    }

    @Test
    void aRemovedManifestVersionIsCorrupt() throws Exception {
        Path bundle = bundles.complete(root);
        SignOffLog.record(bundle, "P1.CARD.03", "Dana", "TICKET-42", CLOCK);
        Files.delete(bundle.resolve("manifests/v1.json"));

        assertThat(new BundleVerifier().verify(bundle).verdict()).isEqualTo(Verdict.CORRUPT);
    }

    @Test
    void aCorruptBundleTakesNoSignOff() throws Exception {
        Path bundle = bundles.complete(root);
        TestBundles.flipMiddleByte(bundle.resolve("calls.jsonl"));

        assertThatThrownBy(() -> SignOffLog.record(bundle, "P1.CARD.03", "Dana", "T-1", CLOCK))
                .isInstanceOf(HarnessException.class).hasMessageContaining("CORRUPT");
    }

    @Test
    void aMultiLineNameIsRefused() {
        Path bundle = bundles.complete(root);

        assertThatThrownBy(() -> SignOffLog.record(bundle, "P1.CARD.03", "Dana\nAPPROVED", "T-1", CLOCK))
                .isInstanceOf(HarnessException.class).hasMessageContaining("--by");
    }

    @Test
    void anUnknownItemIsRefusedAndNothingIsWritten() {
        Path bundle = bundles.complete(root);

        assertThatThrownBy(() -> SignOffLog.record(bundle, "P9.NOPE.99", "Dana", "T-1", CLOCK))
                .isInstanceOf(HarnessException.class).hasMessageContaining("unknown item P9.NOPE.99");
        assertThat(Files.exists(bundle.resolve(SignOffLog.STREAM))).isFalse();
    }
}
