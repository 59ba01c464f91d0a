package com.axys.golive.allure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the Allure page offline: {@link #strip} removes Allure's Google Tag Manager snippet (the external
 * {@code gtag/js} script and the inline {@code gtag()} set-up, present even with analytics off), and
 * {@link #externalReferences} lists what would still load from, or report to, another site. The report is withheld
 * when that list is not empty, so a future Allure that adds a tracker or a CDN fails closed.
 */
final class OfflineHtml {

    private static final Pattern SCRIPT = Pattern.compile("(?is)[ \\t]*<script\\b([^>]*)>(.*?)</script>[ \\t]*\\R?");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)<[a-z]+\\b[^>]*?\\s(src|href|action|formaction|poster|srcset)\\s*=\\s*[\"']?([^\"'\\s>]*)");
    private static final Pattern TRACKER = Pattern.compile("(?i)googletagmanager|google-analytics|doubleclick"
            + "|googleapis|gstatic|cdnjs|jsdelivr|unpkg\\.com|cloudflare|bootstrapcdn|typekit|hotjar");
    private static final Pattern TRACKER_CALL = Pattern.compile("gtag\\(|dataLayer");
    /** A data: URI's payload, or a long base64 string (the report's data): bytes, not markup. */
    private static final Pattern PAYLOAD = Pattern.compile("(?<=data:)[^\"')\\s]+|(?<=')[A-Za-z0-9+/=]{64,}(?=')");

    private OfflineHtml() {
    }

    /** The page without Allure's Google Tag Manager script tags; everything else byte for byte. */
    static String strip(String html) {
        Matcher m = SCRIPT.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            boolean tracker = TRACKER.matcher(m.group(1)).find() || TRACKER_CALL.matcher(m.group(2)).find();
            m.appendReplacement(out, tracker ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What in the page's own markup (not inside its {@code data:} parts) points at another site. */
    static List<String> externalReferences(String page) {
        String html = PAYLOAD.matcher(page).replaceAll("");
        List<String> found = new ArrayList<>();
        Matcher ref = REFERENCE.matcher(html);
        while (ref.find()) {
            String value = ref.group(2).trim().toLowerCase(Locale.ROOT);
            if (value.startsWith("//") || value.matches("^[a-z][a-z0-9+.-]*:.*") && !value.startsWith("data:")) {
                found.add(ref.group(1) + "=" + abbreviate(ref.group(2)));
            }
        }
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            String body = script.group(2);
            if (body.contains("://") || TRACKER_CALL.matcher(body).find()) {
                found.add("inline script " + abbreviate(body.strip()));
            }
        }
        Matcher tracker = TRACKER.matcher(html);
        while (tracker.find()) {
            found.add("third-party name " + tracker.group());
        }
        return List.copyOf(found);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 80) + "..." : one;
    }
}
