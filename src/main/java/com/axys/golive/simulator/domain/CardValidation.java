package com.axys.golive.simulator.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** The field rules of the card endpoints (issue, update, activate, status, PIN, bank deposit). */
final class CardValidation {

    static final Pattern PAN = Pattern.compile("\\d{12,19}");
    static final Pattern PIN = Pattern.compile("\\d{4}");
    static final Pattern CARD_CALLING_CODE = Pattern.compile("\\d{3}");
    static final int MAX_DESIGN_SLOT = 5;

    private CardValidation() {
    }

    static Result<CardRequest> forIssue(Fields body, long cardholderLimit, CardKind kind) {
        FieldRules rules = new FieldRules(body);
        String nameOnCard = rules.requiredText("nameOnCard", 1, 26);
        Long designSlot = kind == CardKind.PHYSICAL
                ? rules.optionalInteger("cardType", 0, MAX_DESIGN_SLOT, "design slot 0-" + MAX_DESIGN_SLOT) : null;
        CardRequest settings = settings(rules, cardholderLimit);
        return rules.result(() -> new CardRequest(nameOnCard, settings.alias(), settings.transactionLimit(),
                kind == CardKind.PHYSICAL ? (designSlot == null ? 0 : designSlot.intValue()) : null,
                settings.contact()));
    }

    static Result<CardRequest> forUpdate(Fields body, long cardholderLimit) {
        FieldRules rules = new FieldRules(body);
        CardRequest settings = settings(rules, cardholderLimit);
        return rules.result(() -> settings);
    }

    static Result<Activation> forActivation(Fields body) {
        FieldRules rules = new FieldRules(body);
        String cardNumber = rules.requiredPattern("cardNumber", PAN, "the card's full number (12-19 digits)");
        String expMonth = digits(rules, body, "expMonth", 1, 2, 1, 12, "month 01-12");
        String expYear = digits(rules, body, "expYear", 4, 4, 2000, 9999, "four-digit year YYYY");
        String cvv = digits(rules, body, "cvv", 3, 3, 0, 999, "3 digits");
        String newPin = rules.requiredPattern("newPin", PIN, "exactly 4 digits");
        return rules.result(() -> new Activation(cardNumber, expMonth, expYear, cvv, newPin));
    }

    static Result<PinChange> forPinChange(Fields body) {
        FieldRules rules = new FieldRules(body);
        String oldPin = rules.requiredPattern("oldPin", PIN, "exactly 4 digits");
        String newPin = rules.requiredPattern("newPin", PIN, "exactly 4 digits");
        return rules.result(() -> new PinChange(oldPin, newPin));
    }

    static Result<IssuerCardStatus> forStatusChange(Fields body) {
        FieldRules rules = new FieldRules(body);
        Long newStatus = rules.requiredInteger("newStatus", 1, 2, "1 (Active) or 2 (On Hold)");
        return rules.result(() -> IssuerCardStatus.of(newStatus.intValue()).orElseThrow());
    }

    /**
     * A bank-deposit trace's declared amount (decimal-implied, > 0 when given), {@code null} when not given: every
     * field of a trace is optional [D]. The sender fields are optional text.
     */
    static Result<Optional<Long>> forBankDeposit(Fields body) {
        FieldRules rules = new FieldRules(body);
        Long amount = rules.optionalInteger("transactionAmount", 1, Long.MAX_VALUE, "integer > 0 (decimal-implied)");
        rules.optionalText("transactionReference", 0, Integer.MAX_VALUE);
        rules.optionalText("senderAccountName", 0, 50);
        rules.optionalText("senderAccountNumber", 7, 34);
        rules.optionalText("senderRoutingNumber", 6, 12);
        return rules.result(() -> Optional.ofNullable(amount));
    }

    private static CardRequest settings(FieldRules rules, long cardholderLimit) {
        String alias = rules.optionalText("alias", 0, 50);
        Long limit = rules.optionalInteger("transactionLimit", 1, Long.MAX_VALUE, "integer > 0");
        if (limit != null && limit > cardholderLimit) {
            rules.reject("transactionLimit", "<= the cardholder's transactionLimit " + cardholderLimit);
            limit = null;
        }
        CardContact contact = new CardContact(
                rules.optionalPattern("callingCode", CARD_CALLING_CODE, "exactly 3 digits, zero-padded (e.g. 001)"),
                rules.optionalPattern("countryCallingCode", CardholderValidation.ALPHA2,
                        "ISO 3166-1 alpha-2 (2 upper-case letters)"),
                rules.optionalPattern("phoneNum", CardholderValidation.PHONE, "10-20 digits"),
                rules.optionalPattern("cellNum", CardholderValidation.PHONE, "10-20 digits"),
                CardholderValidation.email(rules, false));
        return new CardRequest(null, alias, limit, null, contact);
    }

    /** A code sent as text ({@code minDigits}-{@code width} digits) or a JSON integer, as {@code width} digits. */
    private static String digits(FieldRules rules, Fields body, String name, int minDigits, int width, int min,
                                 int max, String rule) {
        Object raw = body.value(name);
        if (raw == null) {
            rules.reject(name, "required");
            return null;
        }
        Long value = null;
        if (raw instanceof String text && text.matches("\\d{" + minDigits + "," + width + "}")) {
            value = Long.parseLong(text);
        } else if (raw instanceof Integer || raw instanceof Long) {
            value = ((Number) raw).longValue();
        }
        if (value == null || value < min || value > max) {
            rules.reject(name, rule);
            return null;
        }
        return String.format("%0" + width + "d", value);
    }
}
