package com.axys.golive.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class SecretTest {

    private static final String VALUE = "s3cr3t-api-key";

    @Test
    void trimsTrailingNewlineFromTextButKeepsRawBytes() {
        Secret secret = Secret.of("file:/tmp/key", (VALUE + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(secret.asString()).isEqualTo(VALUE);
        assertThat(secret.asChars()).containsExactly(VALUE.toCharArray());
        assertThat(secret.bytes()).hasSize(VALUE.length() + 1);
    }

    @Test
    void handsOutCopiesSoCallersCannotChangeTheValue() {
        Secret secret = Secret.of("env:AXYS_API_KEY", VALUE);

        secret.bytes()[0] = 'X';
        secret.asChars()[0] = 'X';

        assertThat(secret.asString()).isEqualTo(VALUE);
    }

    @Test
    void copiesTheBytesItWasMadeFrom() {
        byte[] value = VALUE.getBytes(StandardCharsets.UTF_8);
        Secret secret = Secret.of("simulator:api-key", value);

        value[0] = 'X';

        assertThat(secret.asString()).isEqualTo(VALUE);
    }

    @Test
    void printsItsSourceNeverItsValue() {
        Secret secret = Secret.of("env:AXYS_API_KEY", VALUE);

        assertThat(secret).hasToString("Secret[env:AXYS_API_KEY]");
        assertThat(secret.source()).isEqualTo("env:AXYS_API_KEY");
    }

    @Test
    void cannotBeReadAfterItIsWiped() {
        Secret secret = Secret.of("env:AXYS_API_KEY", VALUE);

        secret.wipe();

        assertThatThrownBy(secret::asString)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("secret 'env:AXYS_API_KEY' was wiped and cannot be read again");
    }

    @Test
    void isBlankWhenItHoldsOnlyWhitespace() {
        assertThat(Secret.of("file:/x", " \n\t").isBlank()).isTrue();
        assertThat(Secret.of("file:/x", "\nk\n").isBlank()).isFalse();
    }

    @Test
    void needsASource() {
        assertThatThrownBy(() -> Secret.of(" ", VALUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
