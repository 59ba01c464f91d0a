package com.axys.golive.simulator.domain;

/**
 * Contact overrides carried by a card (they default to the cardholder's). In a patch, {@code null} keeps the value.
 */
public record CardContact(String callingCode, String countryCallingCode, String phoneNum, String cellNum,
                          String emailAdr) {

    public static CardContact none() {
        return new CardContact(null, null, null, null, null);
    }

    public CardContact merge(CardContact patch) {
        return new CardContact(pick(patch.callingCode, callingCode),
                pick(patch.countryCallingCode, countryCallingCode), pick(patch.phoneNum, phoneNum),
                pick(patch.cellNum, cellNum), pick(patch.emailAdr, emailAdr));
    }

    private static String pick(String patched, String current) {
        return patched != null ? patched : current;
    }

    @Override
    public String toString() {
        return "CardContact[redacted]";
    }
}
