package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.OtpListener;
import com.axys.golive.simulator.domain.OtpReading;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The wire shapes of the 3-D Secure OTP operations (docs/api-decisions.md: createOtpListener, getOtp). In getOtp's
 * answer {@code status} is the OTP's state and replaces the envelope's "success"; {@code code} is present only while
 * received, and {@code expiresAt} (Unix seconds) is {@code null} until a challenge produced a code.
 */
final class OtpViews {

    private OtpViews() {
    }

    /** {@code {token, expiresAt: null}}: the documented example has a null expiry (the listener does not lapse). */
    static ObjectNode listener(OtpListener listener) {
        ObjectNode json = Json.object();
        json.put("token", listener.token());
        json.putNull("expiresAt");
        return json;
    }

    static ObjectNode reading(OtpReading reading) {
        ObjectNode json = Json.object();
        json.put("status", reading.state().wireName());
        if (reading.code() != null) {
            json.put("code", reading.code());
        }
        if (reading.expiresAt() == null) {
            json.putNull("expiresAt");
        } else {
            json.put("expiresAt", reading.expiresAt().getEpochSecond());
        }
        return json;
    }
}
