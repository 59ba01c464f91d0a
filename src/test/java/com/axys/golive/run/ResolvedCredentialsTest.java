package com.axys.golive.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.secrets.Secret;
import org.junit.jupiter.api.Test;

final class ResolvedCredentialsTest {

    @Test
    void keepsAKeyOfPrintableCharactersWithATrailingNewline() {
        Secret key = Secret.of("env:AXYS_API_KEY", "k-7f3a9c_+/=\n");

        assertThat(ResolvedCredentials.requireHeaderSafe(key).asString()).isEqualTo("k-7f3a9c_+/=");
    }

    @Test
    void refusesAndWipesAKeyThatCannotBeOneHeaderLine() {
        for (String value : new String[] {"k-7f\n3a9c", "k-7f\u00003a9c", "k-7f3a9c\u00e9", " k-7f3a9c"}) {
            Secret key = Secret.of("env:AXYS_API_KEY", value);

            assertThatThrownBy(() -> ResolvedCredentials.requireHeaderSafe(key))
                    .isInstanceOf(HarnessException.class)
                    .hasMessageStartingWith("the API key from 'env:AXYS_API_KEY' holds ")
                    .message().doesNotContain("k-7f", "3a9c");
            assertThatThrownBy(key::asString).as("wiped").isInstanceOf(IllegalStateException.class);
        }
    }
}
