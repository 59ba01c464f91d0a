package com.axys.golive.steps;

import io.cucumber.java.ParameterType;

/** The domain words features use, turned into values once. */
public final class ParameterTypes {

    @ParameterType("Pending|Approved|Compliance Decline|Under Review|Draft|Deleted|Error|Admin Decline")
    public CardholderStatus cardholderStatus(String label) {
        return CardholderStatus.named(label);
    }

    @ParameterType("Pending|Active|On Hold|Closed|Not Activated")
    public IssuerCardStatus issuerCardStatus(String label) {
        return IssuerCardStatus.named(label);
    }

    @ParameterType("Pending|Cleared|Completion|Declined|Error")
    public TransactionStatus transactionStatus(String label) {
        return TransactionStatus.named(label);
    }

    /** A card by its alias, "Jordan's virtual card": the name {@link World#card(String)} knows it by. */
    @ParameterType("[A-Z][A-Za-z]+'s (?:virtual|physical) card")
    public String card(String alias) {
        return alias;
    }

    /** The kinds of request a fault can be injected into, by the words features use for them. */
    @ParameterType("cardholder list requests?|cardholder lookups?|cardholder creations?")
    public String operation(String words) {
        if (words.startsWith("cardholder list")) {
            return "listCardholders";
        }
        return words.startsWith("cardholder lookup") ? "getCardholder" : "createCardholder";
    }
}
