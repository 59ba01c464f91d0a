package com.axys.golive.contract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ContractResultTest {

    @Test
    void summarisesAPass() {
        assertThat(ContractResult.pass("getCard", "/cards/{cardId}").summary()).isEqualTo("PASS getCard /cards/{cardId}");
    }

    @Test
    void summarisesAFailureByItsFirstViolation() {
        ContractResult one = ContractResult.fail("getCard", "/cards/{cardId}", List.of("getCard 200 response: x"));
        ContractResult two = ContractResult.fail("getCard", "/cards/{cardId}", List.of("first", "second"));

        assertThat(one.summary()).isEqualTo("FAIL getCard /cards/{cardId}: getCard 200 response: x");
        assertThat(two.summary()).isEqualTo("FAIL getCard /cards/{cardId}: 2 violations, first: first");
    }

    @Test
    void summarisesACallWithoutOperationAndASkip() {
        assertThat(ContractResult.fail(null, null, List.of("no operation in the contract for GET /foo")).summary())
                .isEqualTo("FAIL (no operation): no operation in the contract for GET /foo");
        assertThat(ContractResult.skipped("getCard", "/cards/{cardId}").summary())
                .isEqualTo("SKIPPED getCard /cards/{cardId}: no HTTP response to validate");
    }

    @Test
    void refusesAFailureWithoutReasonAndAPassWithViolations() {
        assertThatThrownBy(() -> ContractResult.fail("getCard", "/cards/{cardId}", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one violation");
        assertThatThrownBy(() -> new ContractResult(ContractResult.Outcome.PASS, "getCard", "/cards/{cardId}",
                List.of("x"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use FAIL");
    }

    @Test
    void keepsItsOwnCopyOfTheViolations() {
        List<String> violations = new ArrayList<>(List.of("a"));
        ContractResult result = ContractResult.fail("getCard", "/cards/{cardId}", violations);

        violations.add("b");

        assertThat(result.violations()).containsExactly("a");
        assertThat(result.passed()).isFalse();
    }
}
