package com.axys.golive.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.simulator.ProgramProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** A simulated Program on a fixed virtual clock, with the shortcuts the domain tests share. */
final class TestAxys {

    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    final VirtualClock clock = new VirtualClock(Clock.fixed(START, ZoneOffset.UTC));
    final AtomicReference<ProgramProfile> program = new AtomicReference<>(ProgramProfile.defaults());
    final SimulatedAxys axys = new SimulatedAxys(clock, program::get, 42L);

    void program(UnaryOperator<ProgramProfile> change) {
        program.updateAndGet(change);
    }

    /** The twelve required fields, all valid. */
    static Map<String, Object> validCardholder() {
        return com.axys.golive.testing.Onboarding.jordan();
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    static Fields json(Map<String, Object> body) {
        return Fields.ofJson(body);
    }

    static Fields json(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return Fields.ofJson(body);
    }

    long draftCardholder() {
        return value(axys.cardholders().create(json(validCardholder()))).cardholderId();
    }

    long cardholderIn(CardholderStatus outcome) {
        long id = draftCardholder();
        value(axys.kyc().submit(id));
        value(axys.kyc().force(id, outcome));
        clock.advance(program.get().reviewDelay());
        assertThat(value(axys.cardholders().get(id)).status()).isEqualTo(outcome);
        return id;
    }

    Card virtualCard() {
        return value(axys.issuance().issueVirtual(cardholderIn(CardholderStatus.APPROVED), json("nameOnCard", "J R")));
    }

    Card physicalCard() {
        return value(axys.issuance().issuePhysical(cardholderIn(CardholderStatus.APPROVED),
                json("nameOnCard", "JORDAN RIVERS")));
    }

    void advance(Duration amount) {
        clock.advance(amount);
    }

    static <T> T value(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Ok.class);
        return ((Result.Ok<T>) result).value();
    }

    static DomainError error(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Failed.class);
        return ((Result.Failed<?>) result).error();
    }
}
