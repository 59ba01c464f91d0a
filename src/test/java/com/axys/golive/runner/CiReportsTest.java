package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CiReportsTest {

    @TempDir
    Path dir;

    @Test
    void theFoldersOfTheReportsAreCreatedBeforeTheRunAndTheyBecomeCucumberPlugins() {
        Path junit = dir.resolve("reports/junit.xml");
        CiReports reports = new CiReports(junit, dir.resolve("reports/cucumber.json")).checked();

        assertThat(Files.isDirectory(junit.getParent())).isTrue();
        assertThat(reports.pluginOptions()).containsExactly(JunitXmlReport.class.getName() + ":" + junit,
                CucumberJsonReport.class.getName() + ":" + dir.resolve("reports/cucumber.json"));
        assertThat(CiReports.NONE.checked().pluginOptions()).isEmpty();
    }

    @Test
    void aFolderOrAPathWithACommaIsAUsageErrorBeforeAnythingStarts() {
        assertThatThrownBy(() -> new CiReports(dir, null).checked()).isInstanceOf(HarnessException.class)
                .hasMessageContaining("--junit " + dir + " is a folder").hasMessageContaining("junit.xml");
        assertThatThrownBy(() -> new CiReports(null, dir.resolve("a,b.json")).checked())
                .hasMessageContaining("--cucumber-json").hasMessageContaining("comma")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }
}
