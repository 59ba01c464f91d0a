package com.axys.golive.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HtmlTest {

    @Test
    void escapesTextAndAttributeMetacharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.cell("<i>")).isEqualTo("<td>&lt;i&gt;</td>");
    }
}
