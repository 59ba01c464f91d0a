package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The redaction of Cucumber's JUnit XML: every attribute and text, read as XML (escapes undone) before redaction. */
@Tag("security")
final class JunitXmlReportTest {

    private static final String KEY = "sim_k&y<with>xml-specials";
    private static final String PAN = "4111111111111111";

    private static RedactionPolicy policy() {
        SensitiveValues known = new SensitiveValues();
        known.add("api-key", KEY);
        return new RedactionPolicy(known);
    }

    @Test
    void secretsInMessagesTracesAndStepsAreRedactedEvenWhenEscaped() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><testsuite name=\"Cucumber\" tests=\"1\">"
                + "<testcase classname=\"Cards\" name=\"Details\" time=\"0.1\">"
                + "<failure type=\"AssertionError\" message=\"card " + PAN + " with key sim_k&amp;y&lt;with&gt;xml-specials\">"
                + "<![CDATA[java.lang.AssertionError: key " + KEY + "\n\tat x.y(Z.java:1)]]></failure>"
                + "<system-out><![CDATA[When the card " + PAN + " is read....passed]]></system-out>"
                + "</testcase></testsuite>";

        String redacted = new JunitXmlReport("target/unused.xml").redact(xml, policy());

        assertThat(redacted).doesNotContain(PAN).doesNotContain("sim_k&amp;y").doesNotContain("k&y<with>")
                .contains("[REDACTED:pan]").contains("[REDACTED:api-key]").contains("<testcase classname=\"Cards\"")
                .contains("at x.y(Z.java:1)");
    }

    @Test
    void aDocumentWithADoctypeIsRefusedNotExpanded() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><t>&e;</t>";
        assertThatThrownBy(() -> new JunitXmlReport("target/unused.xml").redact(xml, policy()))
                .hasMessageContaining("DOCTYPE");
    }
}
