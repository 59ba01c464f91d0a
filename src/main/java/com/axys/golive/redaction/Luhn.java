package com.axys.golive.redaction;

/** The Luhn (mod 10) check card numbers carry. */
public final class Luhn {

    private Luhn() {
    }

    /** True when {@code digits} (only 0-9) passes the Luhn check. */
    public static boolean valid(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }
}
