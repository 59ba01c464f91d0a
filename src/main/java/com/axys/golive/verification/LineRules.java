package com.axys.golive.verification;

import com.axys.golive.redaction.FreeTextCodes;
import com.axys.golive.redaction.Markers;
import com.axys.golive.redaction.PanCandidates;
import com.axys.golive.redaction.SensitiveFields;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leak rules applied to one line of text, most precise first: known values, secret-named JSON fields (also
 * inside escaped JSON), credential headers written as text, PEM private keys, card numbers (in one run or in
 * groups; not where Allure writes its generated ids, see {@link GeneratedIds}), then codes after their name and the
 * last four digits of card numbers ({@link FreeTextCodes}). Each finding carries the column where the value starts
 * and a fixed description, never the value.
 */
final class LineRules {

    /** A known value shorter than this must stand alone (not touch a letter or digit) to count. */
    static final int STANDALONE_BELOW = 10;

    /** {@code "name": "value"} or {@code "name": 123}, also escaped once or twice inside another JSON string. */
    private static final Pattern FIELD = Pattern.compile("(?<esc>\\\\{0,3})\"(?<name>[A-Za-z][A-Za-z0-9_-]{0,40})"
            + "\\k<esc>\"\\s*:\\s*"
            + "(?:\\k<esc>\"(?<str>(?:[^\"\\\\]++|\\\\.)*?)\\k<esc>\"|(?<num>-?\\d+(?:\\.\\d+)?)(?![\\w.]))");
    private static final Pattern HEADER = Pattern.compile("(?i)(?<![A-Za-z0-9_-])(?<name>x-api-key|authorization"
            + "|proxy-authorization)[ \\t]*:[ \\t]*"
            + "(?<value>(?:(?:bearer|basic|token)[ \\t]+)?[A-Za-z0-9._~+/=:-]{8,})");
    private static final Pattern PEM = Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----");
    private static final Pattern MARKER = Pattern.compile(Pattern.quote(Markers.PREFIX) + "[^\\[\\]]*]");

    record Finding(int column, String kind, String rule) { }

    /** Every known value, and its JSON-escaped form where that differs, in one automaton: one pass per line. */
    private final com.axys.golive.redaction.SecretSearch known;

    /** False only to test the gates: every rule then runs on every line. */
    private final boolean gated;

    LineRules(KnownSecrets known) {
        this(known, true);
    }

    LineRules(KnownSecrets known, boolean gated) {
        this.gated = gated;
        Map<String, String> values = new java.util.HashMap<>();
        known.kindByValue().forEach((value, kind) -> {
            values.putIfAbsent(value, kind);
            values.putIfAbsent(new String(JsonStringEncoder.getInstance().quoteAsString(value)), kind);
        });
        this.known = com.axys.golive.redaction.SecretSearch.of(values);
    }

    /**
     * Each rule runs only on a line its {@link LineGates gate} says it may match (a necessary condition, checked in
     * one cheap pass): a long binary line, or a redacted JSON line, costs little.
     */
    List<Finding> apply(String line) {
        List<Finding> out = new ArrayList<>();
        knownValues(line, out);
        if (line.indexOf('"') >= 0 && (!gated || LineGates.mayHoldSecretField(line))) {
            fields(line, out);
        }
        if (line.indexOf(':') >= 0 && (!gated || LineGates.mayHoldHeader(line))) {
            headers(line, out);
        }
        if (line.contains("PRIVATE KEY-----")) {
            Matcher pem = PEM.matcher(line);
            while (pem.find()) {
                out.add(new Finding(pem.start() + 1, "private-key", "PEM private key block"));
            }
        }
        if (hasDigit(line)) {
            cardData(line, out);
        }
        return out;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private void cardData(String line, List<Finding> out) {
        for (PanCandidates.Span pan : !gated || LineGates.mayHoldPan(line) ? PanCandidates.find(line) : List.<PanCandidates.Span>of()) {
            if (!GeneratedIds.standsAt(line, pan.start(), pan.end())) {
                out.add(new Finding(pan.start() + 1, "pan", isRun(line, pan)
                        ? "Luhn-valid 13-19 digit number standing alone" : "Luhn-valid card number written in groups"));
            }
        }
        for (FreeTextCodes.Code code : !gated || LineGates.mayHoldCode(line) ? FreeTextCodes.find(line) : List.<FreeTextCodes.Code>of()) {
            out.add(new Finding(code.start() + 1, code.category(), code.category().equals(FreeTextCodes.LAST4)
                    ? "last four digits of a card number in the clear (the default PIN)"
                    : code.category() + " written after its name in free text"));
        }
    }

    private static boolean isRun(String line, PanCandidates.Span pan) {
        for (int i = pan.start(); i < pan.end(); i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void knownValues(String line, List<Finding> out) {
        List<com.axys.golive.redaction.SecretSearch.Hit> hits = known.all(line);
        hits.sort(java.util.Comparator.comparingInt(com.axys.golive.redaction.SecretSearch.Hit::start));
        for (var hit : hits) {
            if (hit.value().length() >= STANDALONE_BELOW || standsAlone(line, hit.start(), hit.end())) {
                out.add(new Finding(hit.start() + 1, hit.kind(), "a secret value this run used"));
            }
        }
    }

    private static boolean standsAlone(String line, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1)))
                && (end == line.length() || !Character.isLetterOrDigit(line.charAt(end)));
    }

    private static void fields(String line, List<Finding> out) {
        Matcher m = FIELD.matcher(line);
        // Resume inside each value rather than after it: a string value may hold escaped JSON with its own fields.
        for (int from = 0; from < line.length() && m.find(from); ) {
            boolean text = m.group("str") != null;
            String value = text ? m.group("str") : m.group("num");
            int start = text ? m.start("str") : m.start("num");
            from = start;
            if (value.isBlank() || MARKER.matcher(value).matches()) {
                continue;
            }
            Optional<String> kind = SensitiveFields.categoryOf(m.group("name"), value);
            if (kind.isPresent() && kind.get().equals(FreeTextCodes.LAST4)) {
                if (hasDigit(MARKER.matcher(value).replaceAll(""))) {
                    out.add(new Finding(start + lastFourOffset(value) + 1, kind.get(),
                            "field \"" + m.group("name") + "\" shows the last four digits of a card number"));
                }
            } else if (kind.isPresent()) {
                out.add(new Finding(start + 1, kind.get(), "field \"" + m.group("name") + "\" is not redacted"));
            }
        }
    }

    /** Where a last-four value's trailing four digits start (where the masked-number rule reports them), else 0. */
    private static int lastFourOffset(String value) {
        int n = value.length();
        boolean trailingFour = n >= 4 && value.substring(n - 4).chars().allMatch(Character::isDigit)
                && (n == 4 || !Character.isDigit(value.charAt(n - 5)));
        return trailingFour ? n - 4 : 0;
    }

    private static void headers(String line, List<Finding> out) {
        Matcher m = HEADER.matcher(line);
        while (m.find()) {
            boolean apiKey = m.group("name").equalsIgnoreCase("x-api-key");
            out.add(new Finding(m.start("value") + 1, apiKey ? "api-key" : "token",
                    (apiKey ? "X-API-Key" : "Authorization") + " header value is not redacted"));
        }
    }
}
