package com.axys.golive.simulator.domain;

/** PUT /cards/{id}/pin input: the current PIN and the new one, both 4 digits. */
record PinChange(String oldPin, String newPin) {

    @Override
    public String toString() {
        return "PinChange[redacted]";
    }
}
