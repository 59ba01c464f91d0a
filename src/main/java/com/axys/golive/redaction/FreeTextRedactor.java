package com.axys.golive.redaction;

import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Redacts secrets in any text, whatever its format: every known secret value of at least
 * {@link SensitiveValues#MIN_FREE_TEXT_LENGTH} characters, then every Luhn-valid run of 13 to 19 digits standing alone
 * (a PAN nobody told us about). A run bounded by letters or digits, like part of a hex hash, is not a PAN.
 */
final class FreeTextRedactor {

    private final SensitiveValues known;

    FreeTextRedactor(SensitiveValues known) {
        this.known = known;
    }

    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        var values = known.snapshot().entrySet().stream()
                .filter(e -> e.getKey().length() >= SensitiveValues.MIN_FREE_TEXT_LENGTH)
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
        for (Map.Entry<String, String> e : values) {
            if (result.contains(e.getKey())) {
                result = result.replace(e.getKey(), Markers.of(e.getValue()));
            }
        }
        return redactPans(result);
    }

    private String redactPans(String text) {
        Matcher m = PanCandidates.PAN_CANDIDATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (PanCandidates.isLikelyPan(m.group())) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                known.add("pan", m.group());
                out.append(text, last, m.start()).append(Markers.of("pan"));
                last = m.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}
