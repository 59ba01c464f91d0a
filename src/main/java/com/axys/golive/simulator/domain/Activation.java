package com.axys.golive.simulator.domain;

/** The card data an activation must repeat (normalised: month "MM", year "YYYY") and the PIN it sets. */
record Activation(String cardNumber, String expMonth, String expYear, String cvv, String newPin) {

    @Override
    public String toString() {
        return "Activation[redacted]";
    }
}
