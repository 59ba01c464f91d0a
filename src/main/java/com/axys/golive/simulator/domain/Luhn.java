package com.axys.golive.simulator.domain;

/** The Luhn (mod 10) check digit that every card number carries. */
public final class Luhn {

    private Luhn() {
    }

    /** The digit to append to {@code payload} (digits only) so that the whole number passes the check. */
    public static int checkDigit(String payload) {
        int sum = sum(payload, true);
        return (10 - sum % 10) % 10;
    }

    public static boolean isValid(String number) {
        return number.length() > 1 && number.chars().allMatch(Character::isDigit) && sum(number, false) % 10 == 0;
    }

    private static int sum(String digits, boolean doubleLast) {
        int sum = 0;
        boolean doubleIt = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum;
    }
}
