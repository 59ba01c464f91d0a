package com.axys.golive.contract;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ContractExchangeTest {

    @Test
    void normalisesMethodQueryAndMissingHeaders() {
        ContractExchange exchange = new ContractExchange(" get ", "/cards", "?limit=5", null, null, 200, null, "{}",
                false);

        assertThat(exchange.method()).isEqualTo("GET");
        assertThat(exchange.query()).isEqualTo("limit=5");
        assertThat(exchange.requestHeaders()).isEmpty();
        assertThat(exchange.responseHeaders()).isEmpty();
        assertThat(new ContractExchange("GET", "/cards", null, null, null, 200, null, null, false).query()).isEmpty();
    }

    @Test
    void dropsTheNullHeaderNameSomeClientsUseForTheStatusLine() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put(null, List.of("HTTP/1.1 200 OK"));
        headers.put("Content-Type", List.of("application/json"));

        ContractExchange exchange = new ContractExchange("GET", "/cards", "", headers, null, 200, headers, "{}", false);

        assertThat(exchange.responseHeaders()).containsOnlyKeys("Content-Type");
    }

    @Test
    void rejectsAPathThatIsNotRelativeToTheBaseUrl() {
        assertThatThrownBy(() -> new ContractExchange("GET", "cards", "", null, null, 200, null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> new ContractExchange("GET", "/cards?limit=1", "", null, null, 200, null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pass the query separately");
    }

    @Test
    void acceptsNoResponseButRejectsANonHttpStatus() {
        assertThat(new ContractExchange("GET", "/cards", "", null, null, 0, null, null, false).hasResponse()).isFalse();
        assertThatThrownBy(() -> new ContractExchange("GET", "/cards", "", null, null, 42, null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an HTTP status");
    }

    @Test
    void printsNeitherHeaderValuesNorBodies() {
        ContractExchange exchange = new ContractExchange("PUT", "/cards/8821/activate", "token=abc",
                Map.of("X-API-Key", List.of("sk_live_secret")), "{\"cvv\":\"123\",\"cardNumber\":\"4111111111111111\"}",
                200, Map.of(), "{}", true);

        assertThat(exchange.toString()).contains("PUT /cards/8821/activate", "X-API-Key")
                .doesNotContain("sk_live_secret", "4111", "123\"", "abc");
    }
}
