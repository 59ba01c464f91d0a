package com.axys.golive.redaction;

import java.util.List;

/**
 * Redacts secrets in any text, whatever its format: every known secret value of at least
 * {@link SensitiveValues#MIN_FREE_TEXT_LENGTH} characters, then every card number standing alone
 * ({@link PanCandidates}: a PAN nobody told us about, in one run or in groups), then codes written after their name
 * and last-four digits ({@link FreeTextCodes}). A run bounded by letters or digits, like part of a hex hash, is not
 * a PAN. An OTP code found this way is learned, so it is caught where it reappears without its name.
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
        List<SecretSearch.Hit> hits = known.freeTextSearch().longestFirst(text);
        String result = text;
        if (!hits.isEmpty()) {
            StringBuilder out = new StringBuilder(text.length());
            int last = 0;
            for (SecretSearch.Hit hit : hits) {
                out.append(text, last, hit.start()).append(Markers.of(hit.kind()));
                last = hit.end();
            }
            result = out.append(text, last, text.length()).toString();
        }
        return redactCodes(redactPans(result));
    }

    private String redactPans(String text) {
        List<PanCandidates.Span> pans = PanCandidates.find(text);
        if (pans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (PanCandidates.Span pan : pans) {
            known.add("pan", text.substring(pan.start(), pan.end()).replace(" ", "").replace("-", ""));
            out.append(text, last, pan.start()).append(Markers.of("pan"));
            last = pan.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private String redactCodes(String text) {
        List<FreeTextCodes.Code> codes = FreeTextCodes.find(text);
        if (codes.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (FreeTextCodes.Code code : codes) {
            if (code.start() < last) {
                continue;
            }
            if (code.category().equals("otp")) {
                known.add("otp", text.substring(code.start(), code.end()));
            }
            out.append(text, last, code.start()).append(Markers.of(code.category()));
            last = code.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
