package com.axys.golive.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.secrets.SecretRef.Scheme;
import org.junit.jupiter.api.Test;

final class SecretRefTest {

    @Test
    void parsesEachScheme() {
        assertThat(SecretRef.parse("env:AXYS_API_KEY")).isEqualTo(new SecretRef(Scheme.ENV, "AXYS_API_KEY"));
        assertThat(SecretRef.parse("file:/etc/axys/program.key"))
                .isEqualTo(new SecretRef(Scheme.FILE, "/etc/axys/program.key"));
        assertThat(SecretRef.parse("exec:vault kv get -field=key secret/axys"))
                .isEqualTo(new SecretRef(Scheme.EXEC, "vault kv get -field=key secret/axys"));
    }

    @Test
    void readsTextWithoutAKnownSchemeAsAFilePath() {
        assertThat(SecretRef.parse("certs/program.key")).isEqualTo(new SecretRef(Scheme.FILE, "certs/program.key", true));
        assertThat(SecretRef.parse("~/axys/program.key")).isEqualTo(new SecretRef(Scheme.FILE, "~/axys/program.key", true));
    }

    @Test
    void acceptsTheSchemeInAnyCaseAndTrimsSpaces() {
        assertThat(SecretRef.parse("  ENV: AXYS_API_KEY ")).isEqualTo(new SecretRef(Scheme.ENV, "AXYS_API_KEY"));
    }

    @Test
    void printsTheReferenceAsWritten() {
        assertThat(SecretRef.parse("env:AXYS_API_KEY")).hasToString("env:AXYS_API_KEY");
        assertThat(SecretRef.parse("program.key")).hasToString("file:program.key");
    }

    @Test
    void rejectsAReferenceThatNamesNothing() {
        assertThatThrownBy(() -> SecretRef.parse("env:"))
                .isInstanceOf(HarnessException.class)
                .hasMessage("secret reference 'env:' names no variable; write env:NAME, file:/path or exec:<command>")
                .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
        assertThatThrownBy(() -> SecretRef.parse("file:  ")).hasMessageContaining("names no file");
        assertThatThrownBy(() -> SecretRef.parse("exec:")).hasMessageContaining("names no command");
        assertThatThrownBy(() -> SecretRef.parse("   ")).hasMessageStartingWith("secret reference is empty");
    }

    @Test
    void rejectsAnEnvironmentReferenceThatIsNotAVariableName() {
        assertThatThrownBy(() -> SecretRef.parse("env:AXYS API KEY"))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("is not an environment variable name");
    }
}
