package com.axys.golive.simulator.domain;

import java.util.Objects;

/**
 * The sensitive card data: full PAN, CVV, expiry and PIN. {@link #toString()} never shows them, so a card in a log
 * or an assertion message leaks nothing.
 *
 * @param expMonth two digits, "01"-"12"
 * @param expYear  four digits
 */
public record CardSecrets(String pan, String cvv, String expMonth, String expYear, String pin) {

    public CardSecrets {
        Objects.requireNonNull(pan, "pan");
        Objects.requireNonNull(cvv, "cvv");
        Objects.requireNonNull(expMonth, "expMonth");
        Objects.requireNonNull(expYear, "expYear");
        Objects.requireNonNull(pin, "pin");
    }

    public CardSecrets withPin(String newPin) {
        return new CardSecrets(pan, cvv, expMonth, expYear, newPin);
    }

    /** Twelve {@code *} and the last four digits, e.g. {@code ************1234}. */
    public String maskedPan() {
        return "*".repeat(pan.length() - 4) + pan.substring(pan.length() - 4);
    }

    @Override
    public String toString() {
        return "CardSecrets[pan/cvv/expiry/pin redacted]";
    }
}
