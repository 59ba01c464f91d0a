package com.axys.golive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.net.URI;
import org.junit.jupiter.api.Test;

final class TargetTest {

    @Test
    void namedTargetsResolveToTheDocumentedBaseUrls() {
        assertThat(Target.parse("staging").baseUrl()).isEqualTo(URI.create("https://staging.api.axyscards.com/v2"));
        assertThat(Target.parse("production").baseUrl())
                .isEqualTo(URI.create("https://production.api.axyscards.com/v2"));
        assertThat(Target.parse("simulator").isSimulator()).isTrue();
        assertThat(Target.parse(null).isSimulator()).isTrue();
    }

    @Test
    void anHttpsUrlIsACustomTargetWithoutItsTrailingSlash() {
        Target t = Target.parse("https://gateway.example.com/v2/");
        assertThat(t.name()).isEqualTo("custom");
        assertThat(t.baseUrl()).isEqualTo(URI.create("https://gateway.example.com/v2"));
        assertThat(t.isProduction()).isFalse();
    }

    @Test
    void theProductionHostCountsAsProductionWhateverItIsCalled() {
        assertThat(Target.parse("https://production.api.axyscards.com/v2").isProduction()).isTrue();
    }

    @Test
    void rejectsAnUnknownTargetNamingTheChoices() {
        assertThatThrownBy(() -> Target.parse("stagin"))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("unknown target 'stagin'")
                .hasMessageContaining("simulator, staging, production")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void rejectsPlainHttpBecauseAxysNeedsMutualTls() {
        assertThatThrownBy(() -> Target.parse("http://localhost:8080/v2"))
                .isInstanceOf(HarnessException.class).hasMessageContaining("plain http");
    }
}
