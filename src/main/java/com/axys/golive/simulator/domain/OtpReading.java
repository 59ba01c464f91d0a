package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A listener's OTP as read at one moment: the code only while it is {@link OtpState#RECEIVED}, the expiry once a
 * challenge produced one ({@code null} while waiting). {@code toString} never shows the code.
 */
public record OtpReading(OtpState state, String code, Instant expiresAt) {

    public OtpReading {
        Objects.requireNonNull(state, "state");
        if ((state == OtpState.RECEIVED) != (code != null)) {
            throw new IllegalArgumentException("an OTP reading has a code exactly when it is received, not " + state);
        }
        if ((state == OtpState.WAITING) != (expiresAt == null)) {
            throw new IllegalArgumentException("an OTP reading has an expiry exactly when a code was produced");
        }
    }

    @Override
    public String toString() {
        return "OtpReading[" + state.wireName() + (expiresAt == null ? "" : ", expires " + expiresAt) + "]";
    }
}
