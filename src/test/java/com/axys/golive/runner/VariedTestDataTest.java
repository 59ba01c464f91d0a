package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.config.HarnessConfig;
import com.axys.golive.run.HarnessSession;
import com.axys.golive.run.HarnessSessions;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.VerificationReport;
import io.restassured.response.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cardholders one run creates are told apart as staging's duplicate rules would: pairwise distinct e-mail
 * address, last name and phone number, even where every scenario's persona is "Jordan". The values are plainly test
 * data, and the bundle they are recorded in still verifies (the leak scan flags none of them).
 */
final class VariedTestDataTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void theCardholdersOfOneRunHaveDistinctEmailLastNameAndPhone() throws Exception {
        StringWriter out = new StringWriter();
        List<Map<String, Object>> holders;
        try (HarnessSession session = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot),
                Clock.systemUTC())) {
            HarnessSessions.install(session);
            RunSummary summary;
            try {
                summary = FeatureRunner.run(session, "@checklist:P1.INT.12 or @checklist:P1.INT.01",
                        new PrintWriter(out, true));
            } finally {
                HarnessSessions.uninstall();
            }
            assertThat(summary.failed()).as(out.toString()).isZero();
            Response listed = session.client().cardholders().list(Map.of("limit", 200));
            assertThat(listed.statusCode()).isEqualTo(200);
            holders = listed.jsonPath().getList("items");
        }

        assertThat(holders).as("cardholders the run created").hasSizeGreaterThan(5);
        for (String field : List.of("emailAdr", "lastName", "cellNum")) {
            List<Object> values = holders.stream().map(h -> h.get(field)).toList();
            assertThat(values).as("%s of the run's cardholders", field).doesNotContainNull().doesNotHaveDuplicates();
        }
        assertThat(holders).allSatisfy(h -> {
            assertThat((String) h.get("emailAdr")).endsWith("@example.com").hasSizeBetween(6, 50);
            assertThat((String) h.get("lastName")).matches("Golive\\p{L}+").hasSizeBetween(2, 50);
            assertThat((String) h.get("cellNum")).matches("\\d{3}55501\\d{2}");
        });
        Path bundle;
        try (Stream<Path> runs = Files.list(evidenceRoot)) {
            bundle = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        VerificationReport report = new BundleVerifier().verify(bundle);
        assertThat(report.verified()).as(report.verdictLine()).isTrue();
    }
}
