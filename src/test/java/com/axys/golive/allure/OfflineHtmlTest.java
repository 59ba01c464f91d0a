package com.axys.golive.allure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class OfflineHtmlTest {

    /** Allure 2.34's page template, reduced: the tracker as it ships, with analytics on. */
    private static final String ALLURE_PAGE = """
            <!DOCTYPE html>
            <html><head><link rel="icon" href="data:image/x-icon;base64,AAAB"></head>
            <body>
                <div id="content"></div>
                <script src="data:text/javascript;base64,LyohIEZvcg=="></script>
                <script async src="https://www.googletagmanager.com/gtag/js?id=G-FVWC4GKEYS"></script>
                <script>
                    window.dataLayer = window.dataLayer || [];
                    function gtag(){dataLayer.push(arguments);}
                    gtag('config', 'G-FVWC4GKEYS', {'single_file': true});
                </script>
                <script async>
                    window.reportData = window.reportData || {};
                </script>
            </body></html>
            """;

    @Test
    void stripsGoogleTagManagerAndKeepsTheReportsOwnScripts() {
        String page = OfflineHtml.strip(ALLURE_PAGE);

        assertThat(page).doesNotContain("googletagmanager").doesNotContain("gtag").doesNotContain("dataLayer")
                .contains("<script src=\"data:text/javascript;base64,LyohIEZvcg==\"></script>")
                .contains("window.reportData = window.reportData || {};").contains("<div id=\"content\"></div>");
        assertThat(OfflineHtml.externalReferences(page)).isEmpty();
    }

    @Test
    void findsWhatWouldStillLoadFromAnotherSite() {
        String page = "<html><head><link rel=\"stylesheet\" href=\"https://fonts.example.net/css\">"
                + "<script src=\"//cdn.example.org/x.js\"></script></head>"
                + "<body><img src=\"data:image/png;base64,cdnjsgstatic\"><script>fetch('https://x.test/')</script>"
                + "</body></html>";

        assertThat(OfflineHtml.externalReferences(page)).containsExactly("href=https://fonts.example.net/css",
                "src=//cdn.example.org/x.js", "inline script fetch('https://x.test/')");
    }
}
