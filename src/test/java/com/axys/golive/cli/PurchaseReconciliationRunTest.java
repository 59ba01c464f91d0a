package com.axys.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The card activity feature run against the embedded simulator: the purchases made between two balance reads are
 * reconciled against the available balance and match, and no purchase without two reads around it reads as matching.
 */
final class PurchaseReconciliationRunTest {

    @TempDir
    Path evidence;

    @Test
    void purchasesAndFeesBetweenTwoBalanceReadsMatchTheSimulatorsAvailableBalance() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run", "--tags",
                "@checklist:P1.INT.16", "--no-report", "--evidence", evidence.toString());
        assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
        assertThat(out.toString()).doesNotContain("RECONCILIATION");
        Path bundle;
        try (Stream<Path> runs = Files.list(evidence)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        JsonNode json = new ObjectMapper().readTree(bundle.resolve("reconciliation.json").toFile());
        List<JsonNode> checks = new ArrayList<>();
        json.path("purchaseChecks").forEach(checks::add);
        assertThat(checks).as("the scenario reading the balance around a foreign and a domestic purchase")
                .anySatisfy(c -> {
                    assertThat(c.path("verdict").asText()).isEqualTo("matches");
                    assertThat(c.path("purchases")).hasSize(2);
                    assertThat(c.path("expectedChange").asLong()).isEqualTo(-(4_000 + 120 + 1_250));
                    assertThat(c.path("availableChange").asLong()).isEqualTo(-(4_000 + 120 + 1_250));
                });
        assertThat(checks).as("a check without two reads is never a match")
                .allSatisfy(c -> assertThat(c.path("verdict").asText()).matches(c.path("balanceBefore").isNull()
                        || c.path("balanceAfter").isNull() ? "not checkable: .*" : "matches|not checkable: .*"));
        assertThat(json.path("flags")).isEmpty();
        assertThat(Files.readString(bundle.resolve("summary.md"))).contains("## Verdict: PASSED")
                .doesNotContain("Reconciliation findings");
    }
}
