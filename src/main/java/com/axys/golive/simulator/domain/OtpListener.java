package com.axys.golive.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscription to a card's 3-D Secure OTPs ({@code cardId} set), or, in the legacy form, to those of every card of
 * a cardholder ({@code cardId} {@code null}). Holds the last OTP a challenge produced for it, if any. Immutable;
 * {@code toString} shows neither the token nor the code.
 *
 * @param webhookUrl where Axys would POST {@code {cardId}} on a challenge; {@code null} when none was given
 * @param code       the last OTP, {@code null} before the first challenge
 * @param expiresAt  when {@code code} stops being valid, {@code null} before the first challenge
 */
public record OtpListener(String token, Long cardId, long cardholderId, String webhookUrl, Instant createdAt,
                          String code, Instant expiresAt) {

    public OtpListener {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((code == null) != (expiresAt == null)) {
            throw new IllegalArgumentException("an OTP has a code and an expiry, or neither");
        }
    }

    /** Whether a challenge on {@code card} reaches this listener. */
    public boolean covers(Card card) {
        return cardId != null ? cardId == card.cardId() : cardholderId == card.cardholderId();
    }

    public OtpListener withOtp(String newCode, Instant newExpiresAt) {
        return new OtpListener(token, cardId, cardholderId, webhookUrl, createdAt, Objects.requireNonNull(newCode),
                Objects.requireNonNull(newExpiresAt));
    }

    /** The OTP as {@code GET /otp/{token}} shows it at {@code now}. */
    public OtpReading readAt(Instant now) {
        if (code == null) {
            return new OtpReading(OtpState.WAITING, null, null);
        }
        return now.isBefore(expiresAt) ? new OtpReading(OtpState.RECEIVED, code, expiresAt)
                : new OtpReading(OtpState.EXPIRED, null, expiresAt);
    }

    @Override
    public String toString() {
        return "OtpListener[" + (cardId != null ? "card " + cardId : "cardholder " + cardholderId) + "]";
    }
}
