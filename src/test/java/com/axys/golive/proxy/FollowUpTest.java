package com.axys.golive.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FollowUpTest {

    private static final Instant T0 = Instant.parse("2026-12-04T21:00:00Z");

    private static BackendRequest request(long n, double atSeconds, String client, String call, FaultKind fault) {
        return new BackendRequest(n, T0.plusMillis((long) (atSeconds * 1000)), client, call.split(" ")[0],
                call.split(" ")[1], call, fault == null ? n : 0, fault, fault == null ? "forwarded" : "injected");
    }

    @Test
    void eachFaultIsReadAgainstTheSameClientsNextRequest() {
        List<FollowUp> ups = FollowUp.of(List.of(
                request(1, 0, "a", "POST /cardholders", FaultKind.RATE_LIMITED),
                request(2, 0.5, "b", "GET /cards/1", null),
                request(3, 1.2, "a", "POST /cardholders", null),
                request(4, 2, "a", "GET /cardholders/9", FaultKind.UNAVAILABLE),
                request(5, 3, "a", "GET /cardholders", null),
                request(6, 4, "b", "GET /cards/1", FaultKind.TIMEOUT)));

        assertThat(ups).extracting(FollowUp::verdict)
                .containsExactly(FollowUp.RETRIED, FollowUp.OTHER, FollowUp.NOTHING);
        assertThat(ups.get(0).describe()).startsWith("retried the same request within 1.2 s (#3");
        assertThat(ups.get(1).describe()).startsWith("another call after 1.0 s: GET /cardholders (#5");
        assertThat(ups.get(2).describe()).startsWith("nothing");
    }
}
