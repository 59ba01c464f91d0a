package com.axys.golive.simulator.domain;

/**
 * What {@code GET /otp/{token}} says of a listener's one-time password: none yet, one that can still be used, or one
 * whose time has passed. Only "received" is documented; the other two names are inferred.
 */
public enum OtpState {
    WAITING("waiting"),
    RECEIVED("received"),
    EXPIRED("expired");

    private final String wireName;

    OtpState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
