package com.axys.golive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production and staging are recognised however they are spelled or wherever they are named. */
@Tag("security")
final class TargetChoiceTest {

    @TempDir
    Path dir;

    static final List<String> PRODUCTION_SPELLINGS = List.of(
            "production", "PRODUCTION", " prod ",
            "https://production.api.axyscards.com/v2",
            "https://PRODUCTION.API.AXYSCARDS.COM/v2",
            "https://production.api.axyscards.com./v2",
            "https://production.api.axyscards.com:443/v2",
            "https://production.api.axyscards.com:8443/v2",
            "https://user@production.api.axyscards.com/v2",
            "https://Production.Api.AxysCards.Com.:443/v2//");

    @Test
    void everySpellingOfProductionIsProduction() {
        for (String spelling : PRODUCTION_SPELLINGS) {
            Target t = Target.parse(spelling);
            assertThat(t.name()).as(spelling).isEqualTo("production");
            assertThat(t.isProduction()).as(spelling).isTrue();
            assertThat(t.baseUrl().getHost()).as(spelling).isEqualTo(AxysHost.PRODUCTION);
            assertThat(t.baseUrl().getUserInfo()).as(spelling).isNull();
        }
    }

    @Test
    void aHostThatIsNotAValidNameIsRefusedNotGuessed() {
        assertThatThrownBy(() -> Target.parse("https://production.api.axyscards.com../v2"))
                .isInstanceOf(HarnessException.class).hasMessageContaining("names no host");
    }

    @Test
    void theStagingUrlIsStagingHoweverItIsGiven() {
        assertThat(Target.parse("https://staging.api.axyscards.com/v2").name()).isEqualTo("staging");
        assertThat(Target.parse("https://STAGING.api.axyscards.com./v2/").name()).isEqualTo("staging");
        assertThat(load(Map.of("AXYS_BASE_URL", "https://staging.api.axyscards.com/v2"), "").name())
                .isEqualTo("staging");
    }

    @Test
    void lookalikeHostsAreNotAxys() {
        for (String url : List.of("https://production.api.axyscards.com.evil.test/v2",
                "https://evil.test/production.api.axyscards.com/v2", "https://production.api.axyscards.co/v2",
                "https://production.api.axyscards.com@evil.test/v2")) {
            assertThat(Target.parse(url).name()).as(url).isEqualTo("custom");
        }
    }

    @Test
    void aBaseUrlWithoutTheApiVersionIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Target.parse("https://gateway.example.com/"))
                .isInstanceOf(HarnessException.class).hasMessageContaining("does not end in /v2")
                .hasMessageContaining("https://gateway.example.com/v2");
        assertThatThrownBy(() -> Target.parse("https://gateway.example.com/v2?x=1"))
                .isInstanceOf(HarnessException.class).hasMessageContaining("query");
    }

    @Test
    void aYamlBaseUrlNamingProductionIsProductionWhateverTargetSays() throws IOException {
        assertThatThrownBy(() -> load(Map.of(), "target: staging\nbaseUrl: https://production.api.axyscards.com./v2\n"))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("golive.yaml target says staging")
                .hasMessageContaining("Axys production");
        assertThat(load(Map.of(), "baseUrl: https://PRODUCTION.api.axyscards.com/v2\n").isProduction()).isTrue();
    }

    @Test
    void anEnvironmentNameThatDisagreesWithTheEnvironmentUrlIsAnError() {
        assertThatThrownBy(() -> load(Map.of("AXYS_ENV", "production",
                "AXYS_BASE_URL", "https://staging.api.axyscards.com/v2"), ""))
                .isInstanceOf(HarnessException.class).hasMessageContaining("AXYS_ENV says production");
        // A staging name with a tunnel URL is a staging run through the Program's own gateway: allowed.
        assertThat(load(Map.of("AXYS_ENV", "staging", "AXYS_BASE_URL", "https://tunnel.example.com/v2"), "")
                .name()).isEqualTo("custom");
    }

    @Test
    void productionNamedAnywhereIsNeverSilentlyOverriddenByAnotherRealTarget() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("AXYS_ENV", "production"), dir)
                .load(overrides("https://gateway.example.com/v2")))
                .isInstanceOf(HarnessException.class).hasMessageContaining("--target names custom")
                .hasMessageContaining("AXYS_ENV names production");
        // The embedded simulator is ours alone: rehearsing with production in the environment is harmless.
        assertThat(new ConfigLoader(Map.of("AXYS_ENV", "production"), dir).load(overrides("simulator"))
                .target().isSimulator()).isTrue();
        assertThat(new ConfigLoader(Map.of("AXYS_ENV", "staging"), dir).load(overrides("production"))
                .target().isProduction()).isTrue();
    }

    private Target load(Map<String, String> env, String yaml) {
        try {
            if (!yaml.isEmpty()) {
                Files.writeString(dir.resolve("golive.yaml"), yaml);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ConfigLoader(env, dir).load(ConfigOverrides.none()).target();
    }

    private static ConfigOverrides overrides(String target) {
        return new ConfigOverrides(target, null, null, null, null, null, null, null, null, null, null, null);
    }
}
