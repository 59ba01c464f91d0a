package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.capture.ExchangeCapture;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.evidence.ErrorRecorder;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handler still at work when the session closes must not add lines its manifest will not cover. */
final class ProxyRecorderTest {

    @TempDir
    Path root;

    @Test
    void onceClosedTheRecorderTakesNoCallAndTheStreamStaysAsItWas() throws Exception {
        EvidenceRun evidence = EvidenceRun.open(root, "20261204T000000Z-simulator-0a0b0c", Clock.systemUTC(),
                new RunMetadata("test", "simulator", "https://127.0.0.1:1/v2", null, "", ""));
        RedactionPolicy policy = new RedactionPolicy(new SensitiveValues());
        ErrorRecorder errors = new ErrorRecorder(evidence, policy);
        ProxyRecorder recorder = new ProxyRecorder(evidence, new ExchangeCapture(ContractValidator.fromClasspath(),
                policy, evidence, List.of(errors)), errors, URI.create("https://127.0.0.1:1/v2"));
        ProxyRecorder.Call call = new ProxyRecorder.Call(ScenarioContext.NONE, Instant.now(), 3, "GET",
                URI.create("https://127.0.0.1:1/v2/cardholders"), Map.of(), "", 200,
                Map.of("Content-Type", List.of("application/json")), "{\"status\":\"success\",\"total\":0,"
                + "\"items\":[]}", null);

        recorder.call(call);
        recorder.close();

        assertThatThrownBy(() -> recorder.call(call)).hasMessageContaining("session has ended");
        assertThatThrownBy(() -> recorder.refused(ScenarioContext.NONE, "POST", "/cardholders", "reads only"))
                .hasMessageContaining("session has ended");
        assertThat(Files.readAllLines(evidence.dir().resolve(EvidenceFiles.CALLS))).hasSize(1);
    }
}
