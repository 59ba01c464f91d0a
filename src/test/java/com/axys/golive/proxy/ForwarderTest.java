package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

final class ForwarderTest {

    private static Forwarder forwarder() throws Exception {
        return new Forwarder(URI.create("https://127.0.0.1:8443/v2"), SSLContext.getDefault(), "k_program_key",
                Duration.ofSeconds(1), Duration.ofSeconds(1), c -> { }, Clock.systemUTC());
    }

    @Test
    void addsTheProgramsKeyOnlyWhenTheBackendSentNoneAndDropsHopByHopHeaders() throws Exception {
        Map<String, List<String>> out = forwarder().outgoing(Map.of("Host", List.of("127.0.0.1:9"),
                "Connection", List.of("keep-alive"), "Accept-encoding", List.of("gzip"),
                "Content-length", List.of("3"), "Accept", List.of("application/json")));
        assertThat(out).containsOnlyKeys("Accept", "X-API-Key");
        assertThat(out.get("X-API-Key")).containsExactly("k_program_key");

        Map<String, List<String>> own = forwarder().outgoing(Map.of("X-api-key", List.of("k_backend_key")));
        assertThat(own).containsOnlyKeys("X-api-key");
        assertThat(own.get("X-api-key")).containsExactly("k_backend_key");
    }

    @Test
    void aPathAfterTheProxysBaseGoesAfterTheTargetsBase() throws Exception {
        assertThat(forwarder().target("/cardholders?limit=5"))
                .isEqualTo(URI.create("https://127.0.0.1:8443/v2/cardholders?limit=5"));
    }
}
