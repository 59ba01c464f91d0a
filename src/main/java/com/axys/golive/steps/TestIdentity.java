package com.axys.golive.steps;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Who one created cardholder is, as staging's duplicate rules see it: number {@code number} of the run whose id
 * ends in {@code run} ({@code 3f9a1c}), so that every value is unique in the run, traceable to it (the create call
 * in calls.jsonl names the scenario) and plainly test data. The persona's first name ("Jordan") stays as the
 * scenarios read it; the rest follows the documented rules of POST /cardholders:
 * <ul>
 * <li>last name {@code Golive<run>x<number>}, letters only, each hex or decimal digit written as a letter
 * (0 = a ... 9 = j, a = k ... f = p): run 3f9a1c's cardholder 12 is {@code Golivedpjkbmxbc};</li>
 * <li>e-mail {@code jordan+golive3f9a1cn12@example.com} (a reserved example domain), at most 50 characters;</li>
 * <li>mobile number {@code NPA-555-01XX}, the range the North American plan keeps for fiction, 10 digits: no run
 * of digits a card number could be;</li>
 * <li>a birth date between 1950 and 1989: an adult on any day this harness runs.</li>
 * </ul>
 */
record TestIdentity(String run, int number) {

    static final String EMAIL_DOMAIN = "@example.com";
    private static final int MAX_EMAIL = 50;
    /** Area codes NXX with X not 1 in the middle (no N11 service codes, no X9X): 8 × 8 × 10. */
    private static final int AREA_CODES = 640;
    private static final LocalDate BORN_FROM = LocalDate.of(1950, 1, 1);
    private static final int BIRTH_DAYS = 40 * 365;

    TestIdentity {
        if (run == null || !run.matches("[A-Za-z0-9]{1,12}")) {
            throw new IllegalArgumentException("a test identity's run tag must be 1-12 letters or digits, got '"
                    + run + "'; pass the run id's suffix (World.runTag())");
        }
        if (number < 1) {
            throw new IllegalArgumentException("a test identity's number counts from 1, got " + number);
        }
        run = run.toLowerCase(Locale.ROOT);
    }

    /** The identity for {@code number} in the run tagged {@code runTag} (its last 6 characters, the id's suffix). */
    static TestIdentity of(String runTag, int number) {
        return new TestIdentity(runTag.length() > 6 ? runTag.substring(runTag.length() - 6) : runTag, number);
    }

    String lastName() {
        return "Golive" + letters(run) + "x" + letters(Integer.toString(number));
    }

    /** {@code <persona>+<what><run>n<number>@example.com}, the persona part shortened to keep it within 50. */
    String email(String persona, String what) {
        String tail = "+" + what + run + "n" + number + EMAIL_DOMAIN;
        String local = persona.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return local.substring(0, Math.max(1, Math.min(local.length(), MAX_EMAIL - tail.length()))) + tail;
    }

    /** NPA + 55501 + two digits: a hundred numbers per area code, the area code moving on per hundred. */
    String cellNum() {
        int slot = Math.floorMod(seed() + number / 100, AREA_CODES);
        int first = 2 + slot / 80;
        int middle = slot / 10 % 8;
        String area = "" + first + (middle == 0 ? 0 : middle + 1) + slot % 10;
        return area + "55501" + String.format(Locale.ROOT, "%02d", number % 100);
    }

    String dob() {
        return BORN_FROM.plusDays(Math.floorMod(seed() * 31L + number * 97L, BIRTH_DAYS)).toString();
    }

    private int seed() {
        return run.chars().reduce(17, (h, c) -> h * 31 + c);
    }

    private static String letters(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int value = Character.digit(c, 16);
            out.append(value >= 0 ? (char) ('a' + value) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
