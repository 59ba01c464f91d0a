package com.axys.golive.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class SchemaRuleTest {

    @Test
    void statesEachSchemaRuleWithoutTheValue() {
        assertThat(SchemaRule.describe("type", "Instance type (string) does not match any allowed primitive type"
                + " (allowed: [\"integer\",\"number\"])")).isEqualTo("expected integer or number, got string");
        assertThat(SchemaRule.describe("enum", "Instance value (9) not found in enum (possible values: [0,1,2])"))
                .isEqualTo("expected one of [0, 1, 2], got 9");
        assertThat(SchemaRule.describe("enum", "Instance value (\"4111111111111111\") not found in enum"
                + " (possible values: [\"a\"])")).isEqualTo("expected one of [a]");
        assertThat(SchemaRule.describe("pattern", "ECMA 262 regex \"^\\d{4}$\" does not match input string"
                + " \"12a4\"")).isEqualTo("does not match the pattern ^\\d{4}$");
        assertThat(SchemaRule.describe("maxLength", "String \"Jordan\" is too long (length: 60, required"
                + " maximum: 50)")).isEqualTo("length 60 is above the maximum 50");
        assertThat(SchemaRule.describe("minimum", "numeric instance is lower than the required minimum"
                + " (minimum: 1, found: 0)")).isEqualTo("is below the minimum 1");
    }

    @Test
    void masksQuotedValuesInRulesItDoesNotKnow() {
        assertThat(SchemaRule.describe("format", "String \"4111111111111111\" is invalid against requested date"
                + " format(s) [yyyy-MM-dd]")).isEqualTo("format: String \"...\" is invalid against requested date"
                + " format(s) [yyyy-MM-dd]");
    }

    @Test
    void stripsTheQuotesOfAValueList() {
        assertThat(SchemaRule.unquote("\"cardId\", \"type\"")).isEqualTo("cardId,type");
    }
}
