package com.axys.golive.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one recorded contract violation is about, read back from its text. The contract's formatter writes
 * {@code <operation> <status> response: <subject>: <rule>}, {@code <operation> request: <subject>: <rule>} and
 * {@code <operation> answered <status>, which the contract does not list ...}; the subject is a field path
 * ({@code items[0].status}, array indexes normalised to {@code items[].status}), {@code header '<name>'},
 * {@code <in> parameter '<name>'}, {@code missing required field|header '<name>'} or {@code body}.
 *
 * @param status the response status of a RESPONSE or UNLISTED_STATUS violation, else 0
 * @param name   the field path, header or parameter name; {@code ""} for BODY and NONE
 */
record ViolationPoint(Scope scope, int status, Subject subject, String name, String text) {

    enum Scope { REQUEST, RESPONSE, UNLISTED_STATUS, OTHER }

    enum Subject { FIELD, HEADER, PARAMETER, BODY, NONE }

    private static final Pattern RESPONSE = Pattern.compile("^\\S+ (\\d{3}) response: (.*)$", Pattern.DOTALL);
    private static final Pattern REQUEST = Pattern.compile("^\\S+ request: (.*)$", Pattern.DOTALL);
    private static final Pattern UNLISTED =
            Pattern.compile("^\\S+ answered (\\d{3}), which the contract does not list");
    private static final Pattern MISSING_FIELD = Pattern.compile("^missing required field '([^']*)'");
    private static final Pattern MISSING_HEADER = Pattern.compile("^missing required header '([^']*)'");
    private static final Pattern HEADER = Pattern.compile("^header '([^']*)'");
    private static final Pattern PARAMETER = Pattern.compile("^\\w+ parameter '([^']*)'");
    private static final Pattern FIELD = Pattern.compile("^([^\\s:]+)(?:: | is not valid JSON)");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    static ViolationPoint parse(String text) {
        Matcher m = RESPONSE.matcher(text);
        if (m.find()) {
            return subject(Scope.RESPONSE, Integer.parseInt(m.group(1)), m.group(2), text);
        }
        m = REQUEST.matcher(text);
        if (m.find()) {
            return subject(Scope.REQUEST, 0, m.group(1), text);
        }
        m = UNLISTED.matcher(text);
        if (m.find()) {
            return new ViolationPoint(Scope.UNLISTED_STATUS, Integer.parseInt(m.group(1)), Subject.NONE, "", text);
        }
        return new ViolationPoint(Scope.OTHER, 0, Subject.NONE, "", text);
    }

    private static ViolationPoint subject(Scope scope, int status, String rest, String text) {
        Matcher m;
        if ((m = MISSING_FIELD.matcher(rest)).find()) {
            return new ViolationPoint(scope, status, Subject.FIELD, normalise(m.group(1)), text);
        }
        if ((m = MISSING_HEADER.matcher(rest)).find() || (m = HEADER.matcher(rest)).find()) {
            return new ViolationPoint(scope, status, Subject.HEADER, m.group(1), text);
        }
        if ((m = PARAMETER.matcher(rest)).find()) {
            return new ViolationPoint(scope, status, Subject.PARAMETER, m.group(1), text);
        }
        if (rest.startsWith("body")) {
            return new ViolationPoint(scope, status, Subject.BODY, "", text);
        }
        if ((m = FIELD.matcher(rest)).find()) {
            return new ViolationPoint(scope, status, Subject.FIELD, normalise(m.group(1)), text);
        }
        return new ViolationPoint(scope, status, Subject.NONE, "", text);
    }

    /** {@code items[0].cryptoAddresses[1].chain} to {@code items[].cryptoAddresses[].chain}, as fact ids write it. */
    static String normalise(String field) {
        return INDEX.matcher(field).replaceAll("[]");
    }

    /** True when this violation's field is {@code path} or lies inside it. */
    boolean fieldWithin(String path) {
        if (subject == Subject.BODY) {
            return path.isEmpty();
        }
        return subject == Subject.FIELD && (path.isEmpty() || name.equals(path) || name.startsWith(path + ".")
                || name.startsWith(path + "["));
    }
}
