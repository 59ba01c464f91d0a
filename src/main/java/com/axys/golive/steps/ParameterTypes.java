package com.axys.golive.steps;

import io.cucumber.java.ParameterType;

/** The domain words features use, turned into values once. */
public final class ParameterTypes {

    @ParameterType("Pending|Approved|Compliance Decline|Under Review|Draft|Deleted|Error|Admin Decline")
    public CardholderStatus cardholderStatus(String label) {
        return CardholderStatus.named(label);
    }
}
