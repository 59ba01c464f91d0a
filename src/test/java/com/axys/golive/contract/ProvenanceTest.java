package com.axys.golive.contract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ProvenanceTest {

    @Test
    void readsBothMarks() {
        assertThat(Provenance.of(Map.of("x-source", "documented"), "x")).isEqualTo(Provenance.DOCUMENTED);
        assertThat(Provenance.of(Map.of("x-source", "inferred"), "x")).isEqualTo(Provenance.INFERRED);
        assertThat(Provenance.INFERRED.mark()).isEqualTo("inferred");
    }

    @Test
    void rejectsAMissingOrUnknownMarkNamingTheNode() {
        assertThatThrownBy(() -> Provenance.of(null, "operation getCard"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operation getCard has no x-source");
        assertThatThrownBy(() -> Provenance.of(Map.of("x-source", "guessed"), "operation getCard"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x-source 'guessed'; use documented or inferred");
    }

    @Test
    void requiresAReasonOnlyForInferredNodes() {
        assertThat(Provenance.reason(Provenance.DOCUMENTED, null, "x")).isEmpty();
        assertThat(Provenance.reason(Provenance.INFERRED, Map.of("x-reason", " because "), "x")).isEqualTo("because");
        assertThatThrownBy(() -> Provenance.reason(Provenance.INFERRED, Map.of(), "response 200"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("response 200 is inferred but has no x-reason");
    }
}
