package com.axys.golive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class YamlProblemTest {

    @TempDir
    Path dir;

    private String problem(String yaml) throws IOException {
        Files.writeString(dir.resolve("golive.yaml"), yaml);
        return catchThrowable(() -> new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none())).getMessage();
    }

    @Test
    void namesTheKeyAndWhatItMustBe() throws IOException {
        assertThat(problem("client:\n  connectTimeoutSeconds: ten\n")).isEqualTo("config file 'golive.yaml' is"
                + " malformed (line 2, column 26): client.connectTimeoutSeconds must be a whole number (e.g. 30);"
                + " fix the YAML (see golive.example.yaml)");
    }

    @Test
    void givesTheParsersProblemWithoutItsExcerptOfTheFile() throws IOException {
        assertThat(problem("target: 'unclosed\n")).startsWith("config file 'golive.yaml' is malformed (line ")
                .contains("found unexpected end of stream").doesNotContain("'reader'").doesNotContain("^");
    }

    @Test
    void explainsATabInTheIndentation() throws IOException {
        assertThat(problem("target: staging\n\tbaseUrl: x\n"))
                .contains("a tab character where YAML allows only spaces (indent with spaces)");
    }

    @Test
    void refusesAKeyGivenTwice() throws IOException {
        assertThat(problem("target: staging\ntarget: production\n"))
                .isEqualTo("config file 'golive.yaml' (line 2, column 7): key 'target' is given twice; keep one of"
                        + " them");
    }

    @Test
    void keepsTheUnknownKeyMessage() throws IOException {
        assertThat(problem("client:\n  connectTimeout: 5\n")).startsWith("config file 'golive.yaml' (line ")
                .contains("unknown key 'client.connectTimeout'; known keys here: connectTimeoutSeconds,");
    }
}
