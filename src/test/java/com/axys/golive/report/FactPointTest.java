package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.contract.InferredFact;
import com.axys.golive.report.FactPoint.Kind;
import org.junit.jupiter.api.Test;

final class FactPointTest {

    private static FactPoint of(String id) {
        String operation = id.substring(0, id.indexOf('.'));
        return FactPoint.of(new InferredFact(id, operation, "a fact"));
    }

    @Test
    void readsWhatEachKindOfFactIdIsAbout() {
        assertThat(of("getCard.status.200")).isEqualTo(new FactPoint(Kind.STATUS, "getCard", 200, ""));
        assertThat(of("listCards.response.200.items[].cardStatus"))
                .isEqualTo(new FactPoint(Kind.RESPONSE_FIELD, "listCards", 200, "items[].cardStatus"));
        assertThat(of("*.response.429.header.Retry-After"))
                .isEqualTo(new FactPoint(Kind.RESPONSE_HEADER, "*", 429, "Retry-After"));
        assertThat(of("getCard.response.200.CardStateRequired"))
                .isEqualTo(new FactPoint(Kind.RESPONSE_SCHEMA, "getCard", 200, ""));
        assertThat(of("listCardFees.parameter.cardId"))
                .isEqualTo(new FactPoint(Kind.PARAMETER, "listCardFees", 0, "cardId"));
        assertThat(of("activateCard.request.cvv"))
                .isEqualTo(new FactPoint(Kind.REQUEST_FIELD, "activateCard", 0, "cvv"));
        assertThat(of("getCardDetails.operation")).isEqualTo(new FactPoint(Kind.OPERATION, "getCardDetails", 0, ""));
    }

    @Test
    void everyFactOfTheShippedContractHasAKnownShape() {
        assertThat(com.axys.golive.contract.ContractCatalog.fromClasspath().inferredFacts())
                .extracting(FactPoint::of).extracting(FactPoint::kind).doesNotContain(Kind.UNKNOWN);
    }
}
