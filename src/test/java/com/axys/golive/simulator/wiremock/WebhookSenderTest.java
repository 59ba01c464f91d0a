package com.axys.golive.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.tls.ThrowawayPki;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OTP callback goes to loopback only: any other host is recorded as not sent, and nothing is looked up. */
final class WebhookSenderTest {

    @TempDir
    Path dir;

    @Test
    void aWebhookOutsideTheMachineIsRecordedAsNotSentAndALoopbackOneIsTried() {
        ThrowawayPki pki = ThrowawayPki.generate(dir, Clock.systemUTC());
        WebhookSender sender = WebhookSender.trusting(pki.serverTruststore(), pki.storePassword());
        sender.send(7, List.of("https://hooks.program.example/otp", "https://10.0.0.8/otp", "https://127.0.0.1:1/otp"));
        List<WebhookSender.Delivery> deliveries = sender.deliveries();
        assertThat(deliveries).hasSize(3).noneMatch(WebhookSender.Delivery::delivered)
                .allMatch(d -> d.cardId() == 7);
        assertThat(deliveries).filteredOn(d -> d.outcome().startsWith("not sent")).extracting(
                WebhookSender.Delivery::url).containsExactlyInAnyOrder("https://hooks.program.example/otp",
                "https://10.0.0.8/otp");
        assertThat(deliveries).filteredOn(d -> d.url().contains("127.0.0.1")).singleElement()
                .satisfies(d -> assertThat(d.outcome()).as("tried: nothing listens there").startsWith("failed"));
    }
}
