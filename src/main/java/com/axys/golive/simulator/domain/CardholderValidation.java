package com.axys.golive.simulator.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The field rules of the cardholder endpoints (docs/api-decisions.md, "Required fields of POST /cardholders"):
 * create requires the twelve documented fields; edit requires only {@code callingCode} and checks whatever else is
 * sent by the same rules; the limited update accepts the limit and contact fields only.
 */
final class CardholderValidation {

    static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    static final Pattern CALLING_CODE = Pattern.compile("\\d{1,3}");
    static final Pattern PHONE = Pattern.compile("\\d{10,20}");
    static final Pattern DEMONYM = Pattern.compile("\\p{L}{3,30}");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int ADULT_AGE = 18;

    private final ProgramRules program;
    private final LocalDate today;

    CardholderValidation(ProgramRules program, LocalDate today) {
        this.program = program;
        this.today = today;
    }

    Result<CardholderDraft> forCreate(Fields body) {
        FieldRules rules = new FieldRules(body);
        PersonalDetails details = personal(rules, true);
        Boolean sumsub = sumsub(rules);
        Long limit = limit(rules);
        return rules.result(() -> new CardholderDraft(details, sumsub, limit));
    }

    Result<CardholderDraft> forEdit(Fields body) {
        FieldRules rules = new FieldRules(body);
        PersonalDetails patch = personal(rules, false);
        rules.pattern("callingCode", true, CALLING_CODE, "1-3 digits");
        Boolean sumsub = sumsub(rules);
        Long limit = limit(rules);
        return rules.result(() -> new CardholderDraft(patch, sumsub, limit));
    }

    Result<CardholderDraft> forUpdate(Fields body) {
        FieldRules rules = new FieldRules(body);
        Long limit = limit(rules);
        String callingCode = rules.optionalPattern("callingCode", CALLING_CODE, "1-3 digits");
        String countryCallingCode = rules.optionalPattern("countryCallingCode", ALPHA2, "ISO 3166-1 alpha-2");
        String phoneNum = rules.optionalPattern("phoneNum", PHONE, "10-20 digits");
        String cellNum = rules.optionalPattern("cellNum", PHONE, "10-20 digits");
        String emailAdr = email(rules, false);
        PersonalDetails patch = new PersonalDetails(null, null, emailAdr, null, null, null, null, null, null, null,
                null, null, callingCode, cellNum, countryCallingCode, phoneNum);
        return rules.result(() -> new CardholderDraft(patch, null, limit));
    }

    private PersonalDetails personal(FieldRules rules, boolean required) {
        return new PersonalDetails(
                rules.text("firstName", required, 2, 50),
                rules.text("lastName", required, 2, 50),
                email(rules, required),
                gender(rules, required),
                rules.pattern("nationality", required, DEMONYM, "demonym word: letters only, length 3-30"),
                rules.pattern("placeOfBirth", required, ALPHA3, "ISO 3166-1 alpha-3 (3 upper-case letters)"),
                dob(rules, required),
                rules.text("adrLine1", required, 1, Integer.MAX_VALUE),
                rules.text("city", required, 1, Integer.MAX_VALUE),
                rules.text("state", false, 0, Integer.MAX_VALUE),
                rules.pattern("country", required, ALPHA2, "ISO 3166-1 alpha-2 (2 upper-case letters)"),
                rules.text("zipCode", false, 0, Integer.MAX_VALUE),
                rules.pattern("callingCode", required, CALLING_CODE, "1-3 digits"),
                rules.pattern("cellNum", required, PHONE, "10-20 digits"),
                rules.pattern("countryCallingCode", false, ALPHA2, "ISO 3166-1 alpha-2 (2 upper-case letters)"),
                rules.pattern("phoneNum", false, PHONE, "10-20 digits"));
    }

    static String email(FieldRules rules, boolean required) {
        String email = rules.text("emailAdr", required, 6, 50);
        if (email != null && !email.contains("@")) {
            rules.reject("emailAdr", "must contain @");
            return null;
        }
        return email;
    }

    private static Integer gender(FieldRules rules, boolean required) {
        Long gender = rules.integer("gender", required, 0, 2, "one of 0 (Male), 1 (Female), 2 (Other)");
        return gender == null ? null : gender.intValue();
    }

    private String dob(FieldRules rules, boolean required) {
        String dob = rules.pattern("dob", required, DATE, "YYYY-MM-DD");
        if (dob == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dob);
        } catch (DateTimeParseException notADate) {
            rules.reject("dob", "a real calendar date (YYYY-MM-DD)");
            return null;
        }
        if (!date.isBefore(today)) {
            rules.reject("dob", "a date in the past");
        } else if (date.plusYears(ADULT_AGE).isAfter(today)) {
            rules.reject("dob", "age >= " + ADULT_AGE);
        }
        return rules.hasErrorFor("dob") ? null : dob;
    }

    private Boolean sumsub(FieldRules rules) {
        Long flag = rules.optionalInteger("sumsubEnabled", 0, 1, "0 or 1");
        if (flag != null && flag == 1 && !program.sumsubEnabled()) {
            rules.reject("sumsubEnabled", "1 needs a Program with SumSub enabled");
            return null;
        }
        return flag == null ? null : flag == 1;
    }

    private Long limit(FieldRules rules) {
        Long limit = rules.optionalInteger("transactionLimit", 1, Long.MAX_VALUE, "integer > 0");
        long ceiling = program.transactionLimitCeiling();
        if (limit != null && limit > ceiling) {
            rules.reject("transactionLimit", "<= program ceiling " + ceiling);
            return null;
        }
        return limit;
    }
}
