package com.axys.golive.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class ViolationFormatterTest {

    private final ViolationFormatter formatter = new ViolationFormatter("getCard", 200);

    @Test
    void turnsAJsonPointerIntoAFieldPath() {
        assertThat(ViolationFormatter.field("/items/0/cryptoAddresses/1/chain"))
                .isEqualTo("items[0].cryptoAddresses[1].chain");
        assertThat(ViolationFormatter.field("/a~1b/c~0d")).isEqualTo("a/b.c~d");
        assertThat(ViolationFormatter.field("/")).isEmpty();
        assertThat(ViolationFormatter.field("")).isEmpty();
    }

    @Test
    void namesOperationStatusAndFieldOfABodyMessage() {
        ValidationReport.Message message = ValidationReport.Message.create("validation.response.body.schema.type",
                        "[Path '/cardholder/status'] Instance type (string) does not match any allowed primitive"
                                + " type (allowed: [\"integer\"])")
                .withContext(ValidationReport.MessageContext.create().withPointers("/cardholder/status", "").build())
                .build();

        assertThat(formatter.describe(message))
                .containsExactly("getCard 200 response: cardholder.status: expected integer, got string");
    }

    @Test
    void readsTheFieldFromThePathPrefixWhenThereIsNoPointer() {
        ValidationReport.Message message = ValidationReport.Message.create("validation.response.body.schema.pattern",
                "[Path '/maskedCardNumber'] ECMA 262 regex \"^x$\" does not match input string \"y\"").build();

        assertThat(formatter.describe(message))
                .containsExactly("getCard 200 response: maskedCardNumber: does not match the pattern ^x$");
    }

    @Test
    void reportsOneViolationPerMissingField() {
        ValidationReport.Message message = ValidationReport.Message.create("validation.request.body.schema.required",
                        "Object has missing required properties ([\"cardId\",\"type\"])")
                .withContext(ValidationReport.MessageContext.create().withPointers("/card", "").build())
                .build();

        assertThat(formatter.describe(message)).containsExactly("getCard request: missing required field 'card.cardId'",
                "getCard request: missing required field 'card.type'");
    }

    @Test
    void namesAMissingHeaderAndKeepsOtherLibraryMessages() {
        ValidationReport.Message header = ValidationReport.Message.create("validation.response.header.missing",
                "Header 'Retry-After' is expected on path '/cards/{cardId}' but not found in response.").build();
        ValidationReport.Message contentType = ValidationReport.Message.create(
                "validation.response.contentType.notAllowed", "Response Content-Type header 'text/html' does not"
                        + " match any allowed types. Must be one of: [application/json].").build();

        assertThat(formatter.describe(header)).containsExactly("getCard 200 response: missing required header"
                + " 'Retry-After'");
        assertThat(formatter.describe(contentType)).containsExactly("getCard 200 response: Response Content-Type"
                + " header 'text/html' does not match any allowed types. Must be one of: [application/json].");
    }
}
