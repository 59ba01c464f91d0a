package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CheckResultTest {

    @Test
    void everyWarningAndFailureSaysWhatToDo() {
        assertThatThrownBy(() -> result(CheckStatus.FAIL, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a fix");
        assertThatThrownBy(() -> result(CheckStatus.WARN, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPassCarriesNoFix() {
        assertThatThrownBy(() -> result(CheckStatus.PASS, "do something"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only WARN and FAIL");
    }

    @Test
    void detailsAndNotesStayOnOneLine() {
        CheckResult result = new CheckResult("c", List.of("P2.CERT.03"), CheckStatus.FAIL, "first\n  second",
                "fix\r\nit", List.of("a\nb"), List.of());

        assertThat(result.detail()).isEqualTo("first second");
        assertThat(result.fix()).isEqualTo("fix it");
        assertThat(result.notes()).containsExactly("a b");
    }

    @Test
    void splitsAHouseStyleMessageAtItsFirstSemicolon() {
        assertThat(MessageParts.of("key 'k' does not match CN=x (public keys differ); check --cert and --key;"
                + " or ask")).isEqualTo(new MessageParts("key 'k' does not match CN=x (public keys differ)",
                "check --cert and --key; or ask"));
        assertThat(MessageParts.of("no separator here").fix()).isEqualTo(MessageParts.SEE_ABOVE);
    }

    private static CheckResult result(CheckStatus status, String fix) {
        return new CheckResult("c", List.of("P2.CERT.03"), status, "found", fix, List.of(), List.of());
    }
}
