package com.axys.golive.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.ledger.StateNames;
import io.cucumber.java.ParameterType;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The state names a feature may write are the documented ones, defined once in {@link StateNames}: the step enums
 * take their labels from it, and Cucumber's parameter-type patterns (which must be constants in an annotation) are
 * checked against it here, so a state added, renamed or dropped in one place fails until all agree.
 */
final class ParameterTypesTest {

    @Test
    void eachStatusPatternNamesExactlyTheDocumentedStatesOfItsField() throws Exception {
        assertThat(alternatives("cardholderStatus", CardholderStatus.class)).isEqualTo(names("cardholder", "status"));
        assertThat(alternatives("issuerCardStatus", IssuerCardStatus.class))
                .isEqualTo(names("card", "issuerCardStatus"));
        assertThat(alternatives("transactionStatus", TransactionStatus.class))
                .isEqualTo(names("transaction", "status"));
    }

    @Test
    void theCheckSeesAFieldWhoseNamesDiffer() {
        assertThat(names("card", "issuerCardStatus")).isNotEqualTo(names("cardholder", "status"));
        assertThat(names("cardholder", "status")).contains("Under Review", "Admin Decline").hasSize(8);
    }

    private static Set<String> alternatives(String method, Class<?> type) throws NoSuchMethodException {
        ParameterType annotation = ParameterTypes.class.getMethod(method, String.class)
                .getAnnotation(ParameterType.class);
        assertThat(ParameterTypes.class.getMethod(method, String.class).getReturnType()).isEqualTo(type);
        return new TreeSet<>(Set.of(annotation.value().split("\\|")));
    }

    private static Set<String> names(String entity, String field) {
        Set<String> names = new TreeSet<>();
        LongStream.rangeClosed(0, 99).forEach(code -> StateNames.of(entity, field, code).ifPresent(names::add));
        return names;
    }
}
