package com.axys.golive.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.domain.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RouteTableTest {

    private static final Handler OK = call -> Result.ok(Json.object());
    private final RouteTable table = new RouteTable(List.of(
            new Route("GET", "/cards/{cardId}", "getCard", false, OK),
            new Route("GET", "/cards/{cardId}/balance", "getCardBalance", false, OK),
            new Route("GET", "/cards/transactions", "listCardTransactions", false, null),
            new Route("POST", "/cards/{cardId}/deposit", "depositCard", true, OK, true)));

    @Test
    void matchesTemplatesAndCapturesPathParameters() {
        RouteTable.Matched matched = table.find("GET", "/cards/8801/balance").orElseThrow();
        assertThat(matched.route().operationId()).isEqualTo("getCardBalance");
        assertThat(matched.rawIds()).isEqualTo(Map.of("cardId", "8801"));
    }

    @Test
    void theMostSpecificTemplateWins() {
        assertThat(table.find("GET", "/cards/transactions").orElseThrow().route().simulated()).isFalse();
        assertThat(table.find("GET", "/cards/abc").orElseThrow().route().operationId()).isEqualTo("getCard");
    }

    @Test
    void methodAndSegmentCountMustFit() {
        assertThat(table.find("POST", "/cards/1")).isEmpty();
        assertThat(table.find("GET", "/cards/1/balance/extra")).isEmpty();
    }

    @Test
    void onlySimulatedRoutesAreOperations() {
        assertThat(table.operationIds()).containsExactly("getCard", "getCardBalance", "depositCard");
    }

    @Test
    void deprecatedRoutesAreOperationsMarkedAsSuch() {
        assertThat(table.deprecatedOperationIds()).containsExactly("depositCard");
        assertThat(table.find("POST", "/cards/8801/deposit").orElseThrow().route().deprecated()).isTrue();
        assertThat(table.find("GET", "/cards/8801").orElseThrow().route().deprecated()).isFalse();
    }
}
