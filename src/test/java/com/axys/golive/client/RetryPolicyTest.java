package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.standard();

    @Test
    void aRateLimitedReadWaitsWhatRetryAfterAsksWithinTheCap() {
        assertThat(policy.waitBefore(1, "GET", 429, "7")).contains(Duration.ofSeconds(7));
        assertThat(policy.waitBefore(1, "GET", 429, "3600")).contains(Duration.ofSeconds(60));
        assertThat(policy.waitBefore(1, "GET", 429, null)).contains(Duration.ofSeconds(1));
        assertThat(policy.waitBefore(1, "GET", 429, "Wed, 21 Oct 2026 07:28:00 GMT")).contains(Duration.ofSeconds(1));
    }

    @Test
    void aServerErrorOnAReadBacksOffThenGivesUp() {
        assertThat(policy.waitBefore(1, "GET", 503, null)).contains(Duration.ofMillis(500));
        assertThat(policy.waitBefore(2, "GET", 500, null)).contains(Duration.ofSeconds(1));
        assertThat(policy.waitBefore(3, "GET", 504, null)).contains(Duration.ofSeconds(2));
        assertThat(policy.waitBefore(4, "GET", 503, null)).isEmpty();
    }

    @Test
    void writesAreNeverRepeatedWhateverTheAnswer() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            assertThat(policy.waitBefore(1, method, 503, null)).as(method).isEmpty();
            assertThat(policy.waitBefore(1, method, 429, "1")).as(method).isEmpty();
        }
    }

    @Test
    void clientErrorsOtherThanRateLimitingAreNotRetried() {
        for (int status : new int[] {400, 401, 403, 404, 409, 422, 501}) {
            assertThat(policy.waitBefore(1, "GET", status, null)).as("status %d", status).isEmpty();
        }
    }

    @Test
    void aReadWithNoAnswerIsRetriedOnlyWhenTheCauseMayPass() {
        assertThat(policy.waitBeforeFailure(1, "GET", "java.net.SocketException: Connection reset"))
                .contains(Duration.ofMillis(500));
        assertThat(policy.waitBeforeFailure(2, "HEAD", "java.net.SocketTimeoutException: Read timed out"))
                .contains(Duration.ofSeconds(1));
        assertThat(policy.waitBeforeFailure(1, "GET",
                "org.apache.http.NoHttpResponseException: 127.0.0.1:8443 failed to respond")).isPresent();
        assertThat(policy.waitBeforeFailure(4, "GET", "java.net.SocketException: Connection reset")).isEmpty();
        assertThat(policy.waitBeforeFailure(1, "GET", "java.net.ConnectException: Connection refused")).isEmpty();
        assertThat(policy.waitBeforeFailure(1, "GET", "java.net.UnknownHostException: axys.invalid")).isEmpty();
        assertThat(policy.waitBeforeFailure(1, "GET",
                "javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate")).isEmpty();
    }

    @Test
    void aWriteWithNoAnswerIsNeverRepeated() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(policy.waitBeforeFailure(1, method, "java.net.SocketException: Connection reset"))
                    .as(method).isEmpty();
            assertThat(policy.waitBefore(1, method, 502, null)).as(method).isEmpty();
        }
    }
}
