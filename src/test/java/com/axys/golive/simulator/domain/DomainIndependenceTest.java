package com.axys.golive.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain holds the Axys behaviour only: no WireMock, HTTP or JSON types may creep in. */
final class DomainIndependenceTest {

    private static final Path DOMAIN_SOURCES = Path.of("src/main/java/com/axys/golive/simulator/domain");
    private static final List<String> FORBIDDEN = List.of("com.github.tomakehurst", "org.wiremock", "wiremock",
            "com.fasterxml.jackson", "org.eclipse.jetty", "java.net.http", "javax.servlet", "jakarta.servlet",
            "com.axys.golive.simulator.wiremock");

    @Test
    void domainSourcesImportNoWireMockHttpOrJsonTypes() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(DOMAIN_SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("domain sources under %s", DOMAIN_SOURCES.toAbsolutePath()).hasSizeGreaterThan(10);
        for (Path source : sources) {
            List<String> imports = Files.readAllLines(source).stream()
                    .filter(line -> line.startsWith("import ")).toList();
            String text = Files.readString(source);
            for (String forbidden : FORBIDDEN) {
                assertThat(imports).as("imports of %s", source.getFileName())
                        .noneMatch(line -> line.contains(forbidden));
                assertThat(text).as("fully qualified names in %s", source.getFileName())
                        .doesNotContain(forbidden + ".");
            }
        }
    }
}
