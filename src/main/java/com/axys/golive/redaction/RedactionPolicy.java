package com.axys.golive.redaction;

import com.axys.golive.redaction.CapturedExchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run's one redaction policy, shared by evidence, logs and reports. Built once per run around the run's
 * {@link SensitiveValues}; the API key is registered before the first call so it is caught anywhere.
 *
 * <p>Order for a body: sensitive JSON fields by name (fail closed on unparseable JSON), then known secret values,
 * then card numbers (Luhn-valid, in one run or in groups), then codes after their name ({@code cvv 123}) and the
 * last four digits of card numbers ({@link FreeTextCodes}). Headers: credential headers are replaced whole. URLs:
 * OTP tokens in {@code /otp/{token}} are fingerprinted.
 *
 * <p>The last four digits of a card number are the card's default PIN at Axys, so they never reach an artifact:
 * {@code maskedCardNumber: "************1234"} is recorded as {@code "************[REDACTED:last4]"}, with no
 * fingerprint (cards are told apart by their {@code cardId}). Steps that compare last-four values read the response
 * in memory, which this policy never changes.
 */
public final class RedactionPolicy {

    private static final Set<String> SECRET_HEADERS = Set.of("x-api-key", "authorization", "proxy-authorization",
            "cookie", "set-cookie");
    /** {@code /otp/{token}}: the segment after /otp/ is a bearer token, except the {@code listeners} resource. */
    private static final Pattern OTP_PATH = Pattern.compile("(/otp/)(?!listeners(?:[/?#]|$))([^/?#]+)");

    private final SensitiveValues known;
    private final FailClosedJsonBodyRedactor json;
    private final FreeTextRedactor text;

    public RedactionPolicy(SensitiveValues known) {
        this.known = known;
        this.json = new FailClosedJsonBodyRedactor(known);
        this.text = new FreeTextRedactor(known);
    }

    public SensitiveValues sensitiveValues() {
        return known;
    }

    public RedactedExchange redact(CapturedExchange raw) {
        // Learn every secret of both bodies first, so a value sent in the request and echoed elsewhere is caught.
        learn(raw.requestBody(), raw.requestHeader("Content-Type"));
        learn(raw.responseBody(), raw.responseHeader("Content-Type"));
        String apiKey = raw.requestHeader("X-API-Key");
        if (apiKey != null) {
            known.add("api-key", apiKey);
        }
        for (String header : List.of("Authorization", "Proxy-Authorization")) {
            String value = raw.requestHeader(header);
            if (value != null) {
                // the credential, whatever scheme precedes it ("Bearer x", "Basic x"), wherever it reappears
                known.add("api-key", value.strip().contains(" ") ? value.strip().substring(value.strip()
                        .indexOf(' ') + 1).strip() : value.strip());
            }
        }
        return new RedactedExchange(raw.seq(), raw.startedAt(), raw.durationMillis(), raw.method(),
                redactUrl(raw.url()), redactUrl(raw.path() + (raw.query().isEmpty() ? "" : "?" + raw.query())),
                redactHeaders(raw.requestHeaders()), redactBody(raw.requestBody(), raw.requestHeader("Content-Type")),
                raw.status(), redactHeaders(raw.responseHeaders()),
                redactBody(raw.responseBody(), raw.responseHeader("Content-Type")), redactText(raw.failure()),
                raw.negativeTest());
    }

    /** Redacts free text (a log message, an exception message, an assertion failure). */
    public String redactText(String message) {
        return message == null ? null : text.redact(message);
    }

    /**
     * Redacts a whole document whose format is not declared (an attachment, a report file): JSON is redacted by field
     * name when it parses, and free-text redaction applies either way. Unlike {@link #redactBody}, text that merely
     * starts like JSON but does not parse is kept (free-text redacted), not replaced by a marker.
     */
    public String redactDocument(String document) {
        if (document == null || document.isEmpty()) {
            return document;
        }
        String trimmed = document.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            String json = this.json.redact(document);
            if (!json.startsWith(Markers.PREFIX)) {
                return text.redact(json);
            }
        }
        return text.redact(document);
    }

    /** Redacts a body given its content type: JSON fails closed, anything else gets free-text redaction. */
    public String redactBody(String body, String contentType) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        if (looksJson(body, contentType)) {
            return text.redact(json.redact(body));
        }
        return text.redact(body);
    }

    private void learn(String body, String contentType) {
        if (body != null && !body.isEmpty() && looksJson(body, contentType)) {
            json.learn(body);
        }
    }

    private static boolean looksJson(String body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        String trimmed = body.stripLeading();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    /** Redacts a URL or path as the call records do: OTP tokens fingerprinted, then free-text redaction. */
    public String redactUrlText(String url) {
        return url == null ? null : redactUrl(url);
    }

    private String redactUrl(String url) {
        return text.redact(markPathTokens(url, token -> known.add("token", token)));
    }

    /**
     * {@code url} with the token of an {@code /otp/{token}} path replaced by its fingerprinted marker, the one the
     * evidence shows for that call, so a log written elsewhere (the simulator's fault log) can name the call without
     * the secret; {@code seen} is told each token.
     */
    public static String markPathTokens(String url, java.util.function.Consumer<String> seen) {
        Matcher m = OTP_PATH.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            seen.accept(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + Markers.fingerprinted("token", m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, List<String>> redactHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (SECRET_HEADERS.contains(lower)) {
                out.put(name, values.stream().map(v -> Markers.of(lower.equals("x-api-key") ? "api-key" : lower))
                        .toList());
            } else {
                out.put(name, values.stream().map(text::redact).toList());
            }
        });
        return out;
    }
}
