package com.axys.golive.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Reading one value out of a recorded body, tolerating what a real target may send instead (text for a number). */
final class JsonValues {

    private JsonValues() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** An integer given as a JSON number or as digits in a string; null otherwise. */
    static Long integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        return value.isTextual() && value.asText().matches("-?\\d{1,18}") ? Long.parseLong(value.asText()) : null;
    }

    /** A money string ("12.50") as a number, or null when it is not one (then it is left out of totals). */
    static BigDecimal decimal(String amount) {
        if (amount == null) {
            return null;
        }
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A money string ("12.50") in minor units (1250), or null when it is not a number of at most two places. */
    static Long minorUnits(String amount) {
        BigDecimal value = decimal(amount);
        if (value == null) {
            return null;
        }
        try {
            return value.movePointRight(2).longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }
}
