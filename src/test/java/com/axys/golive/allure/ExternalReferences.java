package com.axys.golive.allure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test's own reading of a page for anything fetched from, or run on behalf of, another site: attributes
 * ({@code src}, {@code href}, ...) with a scheme other than {@code data:}, CSS {@code url()} and {@code @import}
 * of another site, inline scripts naming a site, and the well-known trackers and CDNs anywhere, also inside the
 * page's base64 {@code data:} parts (a single-file report carries its script, styles and data that way). It is
 * independent of the product's own check on purpose.
 */
final class ExternalReferences {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)\\b(src|href|action|formaction|poster|background|srcset|xlink:href)\\s*=\\s*[\"']?\\s*([^\"'\\s>]*)");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*[\"']?\\s*([^\"')\\s]*)");
    private static final Pattern CSS_IMPORT = Pattern.compile("(?i)@import\\s+[^;]*");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>");
    private static final Pattern THIRD_PARTY = Pattern.compile("(?i)googletagmanager|google-analytics"
            + "|googleapis|gstatic|doubleclick|cdnjs|jsdelivr|unpkg\\.com|cloudflare|bootstrapcdn"
            + "|fonts\\.com|typekit|hotjar|segment\\.(io|com)|sentry\\.io|newrelic|mixpanel");
    private static final Pattern DATA_URI = Pattern.compile("data:([a-z0-9.+/-]+)(;[a-z0-9=-]+)*;base64,([A-Za-z0-9+/=]+)");
    private static final Pattern REPORT_DATA = Pattern.compile("d\\('([^']+)','([A-Za-z0-9+/=]*)'\\)");

    private ExternalReferences() {
    }

    /** Every reference to another site found, described; empty for a page that stands alone. */
    static List<String> in(String page) {
        List<String> found = new ArrayList<>();
        // the page's own markup, its base64 parts cut out (random base64 spells short names now and then)
        scan("page", page.replaceAll("(?<=base64,)[A-Za-z0-9+/=]+|(?<=')[A-Za-z0-9+/=]{64,}(?=')", ""), found);
        Matcher data = DATA_URI.matcher(page);
        while (data.find()) {
            String type = data.group(1);
            if (type.startsWith("text/") || type.contains("javascript") || type.contains("svg")
                    || type.contains("json")) {
                scan(type + " part", decode(data.group(3)), found);
            }
        }
        Matcher reportData = REPORT_DATA.matcher(page);
        while (reportData.find()) {
            scanThirdParty("report data " + reportData.group(1), decode(reportData.group(2)), found);
        }
        return found;
    }

    private static void scan(String where, String text, List<String> found) {
        scanThirdParty(where, text, found);
        if (where.contains("javascript")) {
            return; // a script's strings are data (XML namespaces, licence links): the browser test runs it
        }
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            if (external(a.group(2))) {
                found.add(where + ": " + a.group(1) + "=" + a.group(2));
            }
        }
        Matcher u = CSS_URL.matcher(text);
        while (u.find()) {
            if (external(u.group(1))) {
                found.add(where + ": url(" + u.group(1) + ")");
            }
        }
        Matcher i = CSS_IMPORT.matcher(text);
        while (i.find()) {
            found.add(where + ": " + i.group());
        }
        Matcher s = INLINE_SCRIPT.matcher(text);
        while (s.find()) {
            if (s.group(2).contains("://") || s.group(2).contains("gtag(") || s.group(2).contains("dataLayer")) {
                found.add(where + ": inline script naming a site or a tracker: " + abbreviate(s.group(2)));
            }
        }
    }

    private static void scanThirdParty(String where, String text, List<String> found) {
        Matcher t = THIRD_PARTY.matcher(text);
        while (t.find()) {
            found.add(where + ": third party '" + t.group() + "' near '"
                    + abbreviate(text.substring(Math.max(0, t.start() - 40), Math.min(text.length(), t.end() + 40)))
                    + "'");
        }
    }

    /** A scheme other than data: (or a protocol-relative //host): the browser would fetch or navigate away. */
    private static boolean external(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty() || v.startsWith("#") || v.startsWith("data:")) {
            return false;
        }
        return v.startsWith("//") || v.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 120 ? one.substring(0, 120) + "..." : one;
    }
}
