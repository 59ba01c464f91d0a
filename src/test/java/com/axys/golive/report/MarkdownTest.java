package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MarkdownTest {

    @Test
    void textCannotOpenHtmlBreakATableOrStartEmphasis() {
        assertThat(Markdown.text("<b>a|b</b> *x* [l](u)\nnext")).isEqualTo("&lt;b>a\\|b&lt;/b> \\*x\\*"
                + " \\[l\\](u) next");
        assertThat(Markdown.text(null)).isEmpty();
    }

    @Test
    void codeKeepsItsTextButCannotCloseItsSpanOrTheCell() {
        assertThat(Markdown.code("GET /cards/{cardId}")).isEqualTo("`GET /cards/{cardId}`");
        assertThat(Markdown.code("a`b|c")).isEqualTo("`a'b\\|c`");
    }
}
