package com.axys.golive.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class EnvironmentSourceTest {

    private final EnvironmentSource source = new EnvironmentSource(Map.of("AXYS_API_KEY", "k-123", "EMPTY", ""));

    @Test
    void readsASetVariable() {
        Secret secret = source.read(SecretRef.parse("env:AXYS_API_KEY"));

        assertThat(secret.asString()).isEqualTo("k-123");
        assertThat(secret.source()).isEqualTo("env:AXYS_API_KEY");
    }

    @Test
    void rejectsAnUnsetVariableSayingHowToSetIt() {
        assertThatThrownBy(() -> source.read(SecretRef.parse("env:AXYS_MISSING")))
                .isInstanceOf(HarnessException.class)
                .hasMessage("environment variable AXYS_MISSING (secret 'env:AXYS_MISSING') is not set; export "
                        + "AXYS_MISSING before running, or reference the secret as file:/path or exec:<command>")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
    }

    @Test
    void rejectsAnEmptyVariable() {
        assertThatThrownBy(() -> source.read(SecretRef.parse("env:EMPTY")))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("environment variable EMPTY (secret 'env:EMPTY') is empty");
    }
}
