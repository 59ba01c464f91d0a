package com.axys.golive.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.redaction.RedactedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class IsolatedObserversTest {

    private static final String PAN = "4111111111111111";

    private final RedactionPolicy policy = new RedactionPolicy(new SensitiveValues());
    private final RedactedExchange exchange = policy.redact(new CapturedExchange(7, Instant.EPOCH, 1, "GET",
            "https://h/v2/cards/1/details", "/cards/1/details", "", Map.of(), "", 200, Map.of(),
            "{\"cardNumber\":\"" + PAN + "\"}", null, false));
    private final List<String> seen = new ArrayList<>();

    @Test
    void anObserverThatThrowsDoesNotKeepTheOthersFromTheExchange() {
        IsolatedObservers observers = new IsolatedObservers(List.of(
                (e, s) -> seen.add("first #" + e.seq()),
                (e, s) -> {
                    throw new IllegalStateException("broken observer");
                },
                (e, s) -> seen.add("third #" + e.seq())), policy::redactText);

        observers.observe(exchange, ScenarioContext.NONE);

        assertThat(seen).containsExactly("first #7", "third #7");
    }

    @Test
    void anEvidenceFailureIsThrownOnceEveryObserverHasSeenTheExchange() {
        IsolatedObservers observers = new IsolatedObservers(List.of(
                (e, s) -> {
                    throw new HarnessException(HarnessException.Category.EVIDENCE, "disk full");
                },
                (e, s) -> seen.add("second")), policy::redactText);

        assertThatThrownBy(() -> observers.observe(exchange, ScenarioContext.NONE)).isInstanceOf(HarnessException.class)
                .hasMessage("disk full");
        assertThat(seen).containsExactly("second");
    }

    @Test
    void observersSeeOnlyTheRedactedBody() {
        List<String> bodies = new ArrayList<>();
        new IsolatedObservers(List.of((e, s) -> bodies.add(e.responseBody())), policy::redactText)
                .observe(exchange, ScenarioContext.NONE);
        assertThat(bodies).singleElement().asString().doesNotContain(PAN).contains("REDACTED");
    }
}
