package com.axys.golive.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

final class ExchangeAdapterTest {

    @Test
    void splitsAQueryIntoDecodedRepeatedParameters() {
        assertThat(ExchangeAdapter.query("a=1&b=x%20y&a=2&flag&&c=")).containsExactly(
                Map.entry("a", List.of("1", "2")), Map.entry("b", List.of("x y")), Map.entry("flag", List.of("")),
                Map.entry("c", List.of("")));
    }

    @Test
    void keepsABrokenEscapeAsSentSoThatItIsValidatedNotThrown() {
        assertThat(ExchangeAdapter.query("limit=%zz")).containsEntry("limit", List.of("%zz"));
    }

    @Test
    void carriesStatusHeadersAndBodyIntoTheLibraryModel() throws IOException {
        ContractExchange exchange = new ContractExchange("POST", "/wallets", "", Map.of("X-Trace", List.of("t1")),
                "{\"name\":\"ops\"}", 200, Map.of("Retry-After", List.of("5")), "{}", true);

        assertThat(ExchangeAdapter.request(exchange).getRequestBody().orElseThrow().toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"ops\"}");
        assertThat(ExchangeAdapter.request(exchange).getHeaderValues("x-trace")).containsExactly("t1");
        assertThat(ExchangeAdapter.response(exchange).getStatus()).isEqualTo(200);
        assertThat(ExchangeAdapter.response(exchange).getHeaderValues("retry-after")).containsExactly("5");
    }
}
