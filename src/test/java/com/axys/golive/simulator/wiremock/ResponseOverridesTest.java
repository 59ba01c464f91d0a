package com.axys.golive.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

final class ResponseOverridesTest {

    private final ResponseOverrides overrides = new ResponseOverrides();

    private static ApiResponse page() {
        ObjectNode body = Json.object().put("status", "success");
        body.putArray("items").addObject().put("cardId", 8801).put("issuerCardStatus", 1);
        body.put("total", 1);
        return ApiResponse.json(200, body);
    }

    @Test
    void setsNestedFieldsAndArrayElementsAndCreatesMissingParents() {
        overrides.overrideField("listCards", "/items/0/issuerCardStatus", TextNode.valueOf("active"));
        overrides.overrideField("listCards", "/extra/added", IntNode.valueOf(1));
        ApiResponse changed = overrides.apply("listCards", page());
        assertThat(changed.body().at("/items/0/issuerCardStatus").asText()).isEqualTo("active");
        assertThat(changed.body().at("/extra/added").asInt()).isEqualTo(1);
    }

    @Test
    void removesFieldsAndArrayElements() {
        overrides.overrideField("listCards", "/total", null);
        overrides.overrideField("listCards", "/items/0", null);
        ApiResponse changed = overrides.apply("listCards", page());
        assertThat(changed.body().has("total")).isFalse();
        assertThat(changed.body().path("items")).isEmpty();
    }

    @Test
    void leavesOtherOperationsAndTheOriginalBodyAlone() {
        overrides.overrideField("listCards", "/total", null);
        overrides.overrideStatus("listCards", 500);
        ApiResponse original = page();
        assertThat(overrides.apply("getCard", original)).isEqualTo(original);
        assertThat(overrides.apply("listCards", original).status()).isEqualTo(500);
        assertThat(original.body().has("total")).isTrue();
    }

    @Test
    void failuresCountDownAndClearEmptiesEverything() {
        overrides.failNext("getCard", 2, 502);
        assertThat(overrides.takeFailure("getCard")).contains(502);
        assertThat(overrides.takeFailure("getCard")).contains(502);
        assertThat(overrides.takeFailure("getCard")).isEmpty();
        overrides.failNext("getCard", 5, 500);
        overrides.clear();
        assertThat(overrides.takeFailure("getCard")).isEmpty();
    }

    @Test
    void refusesAPointerToTheWholeBody() {
        assertThatThrownBy(() -> overrides.overrideField("getCard", "", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
