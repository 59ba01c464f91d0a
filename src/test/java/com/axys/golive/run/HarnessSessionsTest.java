package com.axys.golive.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.config.HarnessConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge to Cucumber glue opens nothing by itself: glue that runs with no session installed is told, in one line,
 * how to run the features (it used to open a simulator session silently, with evidence wherever a system property
 * said). What one run shares lives in its session and goes with it.
 */
final class HarnessSessionsTest {

    @TempDir
    Path evidenceRoot;

    @Test
    void withNoSessionInstalledGlueIsToldHowToRunTheFeaturesAndNothingIsOpened() throws Exception {
        assertThat(HarnessSessions.installed()).isFalse();
        assertThatThrownBy(HarnessSessions::current).isInstanceOfSatisfying(HarnessException.class, e -> {
            assertThat(e.category()).isEqualTo(HarnessException.Category.USAGE);
            assertThat(e.getMessage()).doesNotContain("\n").contains("golive run")
                    .contains("SimulatorSessionPlugin before EvidencePlugin");
        });
        assertThat(HarnessSessions.installed()).as("nothing opened by asking").isFalse();
    }

    @Test
    void runScopedValuesBelongToTheirOwnSessionAndASecondHoldIsRefused() {
        try (HarnessSession one = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot.resolve("a")),
                Clock.systemUTC());
             HarnessSession two = HarnessSession.open(HarnessConfig.simulatorDefaults(evidenceRoot.resolve("b")),
                     Clock.systemUTC())) {
            StringBuilder ofOne = one.runScoped(StringBuilder.class, StringBuilder::new).append("one");
            assertThat(one.runScoped(StringBuilder.class, StringBuilder::new)).as("same run, same value")
                    .isSameAs(ofOne);
            assertThat(two.runScoped(StringBuilder.class, StringBuilder::new)).as("another run starts afresh")
                    .isNotSameAs(ofOne).hasToString("");
            assertThatThrownBy(() -> one.holdRunScoped(StringBuilder.class, new StringBuilder()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds its StringBuilder");

            HarnessSessions.install(one);
            try {
                assertThat(HarnessSessions.current()).isSameAs(one);
                assertThatThrownBy(() -> HarnessSessions.install(two)).as("one run at a time per JVM")
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already installed");
            } finally {
                HarnessSessions.uninstall();
            }
        }
        assertThat(Files.exists(evidenceRoot.resolve("a"))).isTrue();
    }
}
