package com.axys.golive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withNothingGivenTheTargetIsTheSimulatorWithEveryFeature() {
        HarnessConfig config = new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none());
        assertThat(config.target().isSimulator()).isTrue();
        assertThat(config.features()).containsExactlyInAnyOrder(Capability.values());
        assertThat(config.evidenceRoot()).isEqualTo(dir.resolve("evidence"));
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsTheFile() throws IOException {
        Files.writeString(dir.resolve("golive.yaml"), """
                target: simulator
                credentials:
                  clientCert: file:/from/file.crt
                  clientKey: file:/from/file.key
                program:
                  features: [physical]
                client:
                  readTimeoutSeconds: 45
                """);
        ConfigLoader loader = new ConfigLoader(Map.of("AXYS_ENV", "staging",
                "AXYS_CLIENT_KEY", "exec:vault kv get -field=key secret/axys", "AXYS_API_KEY", "value-not-ref"), dir);

        HarnessConfig fromEnv = loader.load(ConfigOverrides.none());
        assertThat(fromEnv.target().name()).isEqualTo("staging");
        assertThat(fromEnv.credentials().clientCert()).hasToString("file:/from/file.crt");
        assertThat(fromEnv.credentials().clientKey()).hasToString("exec:vault kv get -field=key secret/axys");
        assertThat(fromEnv.credentials().apiKey()).hasToString("env:AXYS_API_KEY");
        assertThat(fromEnv.features()).isEqualTo(Set.of(Capability.PHYSICAL));
        assertThat(fromEnv.readTimeout()).isEqualTo(Duration.ofSeconds(45));

        HarnessConfig fromFlags = loader.load(new ConfigOverrides("simulator", null, null, null, "wallets,3ds",
                "file:/flag.crt", null, null, null, null, null, null));
        assertThat(fromFlags.target().isSimulator()).isTrue();
        assertThat(fromFlags.credentials().clientCert()).hasToString("file:/flag.crt");
        assertThat(fromFlags.features()).containsExactlyInAnyOrder(Capability.WALLETS, Capability.THREE_DS);
    }

    @Test
    void pemTextInAnEnvironmentVariableIsReferencedNotCopied() {
        HarnessConfig config = new ConfigLoader(Map.of("AXYS_CLIENT_KEY", "-----BEGIN PRIVATE" + " KEY-----\nAAAA\n"), dir)
                .load(ConfigOverrides.none());
        assertThat(config.credentials().clientKey()).hasToString("env:AXYS_CLIENT_KEY");
    }

    @Test
    void malformedYamlIsAUsageErrorNamingTheLine() throws IOException {
        Files.writeString(dir.resolve("golive.yaml"), "target: staging\ncredentials: [unclosed\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none()))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("golive.yaml' is malformed")
                .hasMessageContaining("line ")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void everyMalformedYamlIsOnePlainLineNamingFileLineAndColumnWithoutJacksonNames() throws IOException {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("client:\n  connectTimeoutSeconds: ten\n", "client.connectTimeoutSeconds must be a whole number");
        cases.put("client:\n  maxCallsPerSecond: [1, 2]\n", "client.maxCallsPerSecond must be a number");
        cases.put("target: [staging, production]\n", "target must be a single value");
        cases.put("credentials: sk_live_7Hq2Zp9xLm4vRt8w\n", "credentials must be a section of keys");
        cases.put("program:\n  features: {physical: true}\n", "program.features must be a list");
        cases.put("target: staging\ntarget: production\n", "key 'target' is given twice");
        cases.put("target: [staging\n", "is malformed");
        cases.put("program:\n  features: [physical\n", "is malformed");
        cases.put("target: staging\n\tbaseUrl: x\n", "is malformed");
        cases.put("target: 'unclosed\n", "is malformed");
        cases.put("- staging\n- production\n", "must be a section of keys");
        cases.put("client:\n  readTimeoutSeconds: 99999999999\n", "client.readTimeoutSeconds must be a whole number");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(dir.resolve("golive.yaml"), c.getKey());

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none()));

            assertThat(thrown).as("for %s", c.getKey()).isInstanceOf(HarnessException.class);
            assertThat(((HarnessException) thrown).category()).isEqualTo(HarnessException.Category.USAGE);
            assertThat(thrown.getMessage()).as("for %s", c.getKey())
                    .startsWith("config file 'golive.yaml'").contains(c.getValue())
                    .containsPattern("line \\d+, column \\d+").doesNotContain("\n")
                    .doesNotContain("`", "java.", "com.", "Json", "$", "Creator", "START_", "deserialize", "token",
                            "sk_live", "Integer", "String");
        }
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() throws IOException {
        Files.writeString(dir.resolve("golive.yaml"), "target: staging\ntraget: production\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none()))
                .hasMessageContaining("unknown key 'traget'").hasMessageContaining("target");
    }

    @Test
    void aMissingExplicitConfigFileIsAUsageError() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(new ConfigOverrides(null,
                Path.of("nope.yaml"), null, null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(HarnessException.class).hasMessageContaining("'nope.yaml' does not exist");
    }

    @Test
    void anUnknownProgramFeatureIsRejected() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("AXYS_PROGRAM_FEATURES", "physical,crypto"), dir)
                .load(ConfigOverrides.none()))
                .hasMessageContaining("unknown program feature 'crypto'").hasMessageContaining("wallets");
    }

    @Test
    void theShippedExampleConfigIsValidAndMeansWhatItsCommentsSay() throws IOException {
        Path example = Path.of("golive.example.yaml").toAbsolutePath();
        Files.copy(example, dir.resolve("golive.yaml"));
        HarnessConfig config = new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none());
        assertThat(config.target().name()).isEqualTo("staging");
        assertThat(config.credentials().clientKey().scheme()).isEqualTo(com.axys.golive.secrets.SecretRef.Scheme.EXEC);
        assertThat(config.credentials().apiKey().scheme()).isEqualTo(com.axys.golive.secrets.SecretRef.Scheme.EXEC);
        assertThat(config.features()).containsExactlyInAnyOrder(Capability.values());
        assertThat(config.pollDeadline()).isEqualTo(Duration.ofMinutes(240));
        assertThat(config.maxCallsPerSecond()).isEqualTo(5.0);
        assertThat(config.transferSettle()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theTransferSettleWindowIsReadFromTheFileWithADefaultAndABound() throws IOException {
        assertThat(new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none()).transferSettle())
                .isEqualTo(HarnessConfig.DEFAULT_TRANSFER_SETTLE);
        Files.writeString(dir.resolve("golive.yaml"), "client:\n  transferSettleSeconds: 0\n");
        assertThat(new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none()).transferSettle())
                .as("0 reads once").isEqualTo(Duration.ZERO);
        Files.writeString(dir.resolve("golive.yaml"), "client:\n  transferSettleSeconds: 90\n");
        assertThat(new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none()).transferSettle())
                .isEqualTo(Duration.ofSeconds(90));
        Files.writeString(dir.resolve("golive.yaml"), "client:\n  transferSettleSeconds: -5\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(ConfigOverrides.none()))
                .isInstanceOf(HarnessException.class).hasMessageContaining("client.transferSettleSeconds")
                .hasMessageContaining("0 to 3600");
    }
}
