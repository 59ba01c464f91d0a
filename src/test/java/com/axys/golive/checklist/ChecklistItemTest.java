package com.axys.golive.checklist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ChecklistItemTest {

    @Test
    void acceptsAWellFormedItemAndCopiesItsLists() {
        ChecklistItem item = item("P1.INT.05", 1, ChecklistItem.Automation.AUTOMATED, "a scenario", "physical",
                List.of("POST /cards/assign/{cardholderId}"));

        assertThat(item.automatable()).isTrue();
        assertThat(item.operations()).containsExactly("op");
        assertThat(item.appliesTo(Set.of("physical", "3ds"))).isTrue();
        assertThat(item.appliesTo(Set.of("bank"))).isFalse();
    }

    @Test
    void appliesUnconditionallyWithoutApplicability() {
        assertThat(item("P3.01", 3, ChecklistItem.Automation.MANUAL, null, null, List.of()).appliesTo(Set.of()))
                .isTrue();
    }

    @Test
    void rejectsAPhaseThatContradictsTheId() {
        assertThatThrownBy(() -> item("P2.CERT.01", 1, ChecklistItem.Automation.MANUAL, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase 1 contradicts id P2.CERT.01");
    }

    @Test
    void requiresHowUnlessManual() {
        assertThatThrownBy(() -> item("P1.INT.01", 1, ChecklistItem.Automation.PARTLY, " ", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a one-line 'how'");
    }

    @Test
    void rejectsAutomatableThatContradictsAutomation() {
        assertThatThrownBy(() -> new ChecklistItem("P1.INT.01", 1, "s", "t", true, null, List.of(), List.of(),
                ChecklistItem.Automation.MANUAL, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradicts automation manual");
    }

    @Test
    void rejectsAMalformedEndpoint() {
        assertThatThrownBy(() -> item("P1.INT.01", 1, ChecklistItem.Automation.MANUAL, null, null,
                List.of("/cardholders")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write METHOD /path");
    }

    private static ChecklistItem item(String id, int phase, ChecklistItem.Automation automation, String how,
                                      String applicability, List<String> endpoints) {
        return new ChecklistItem(id, phase, "section", "text", automation != ChecklistItem.Automation.MANUAL,
                applicability, endpoints, endpoints.isEmpty() ? List.of() : List.of("op"), automation, how, null,
                null);
    }
}
