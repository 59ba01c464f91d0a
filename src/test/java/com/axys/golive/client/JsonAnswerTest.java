package com.axys.golive.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonAnswerTest {

    private static JsonAnswer answer(String json) {
        return JsonAnswer.of(json.getBytes(StandardCharsets.UTF_8));
    }

    private final JsonAnswer list = answer("""
            {"total": 3, "offset": 0,
             "cardholder": {"status": 4, "transactionLimit": null, "name": "Ada"},
             "items": [{"cardId": 7, "amount": 12.50, "transId": "t1"},
                       {"cardId": 8123456789012, "transId": null},
                       {"amount": "3"}],
             "errors": [{"field": "email"}, {"field": "phone"}]}
            """);

    @Test
    void readsNestedFieldsByDottedPath() {
        assertThat(list.getInt("cardholder.status")).isEqualTo(4);
        assertThat(list.getLong("total")).isEqualTo(3L);
        assertThat(list.getString("cardholder.name")).isEqualTo("Ada");
        assertThat(list.getString("total")).as("a number read as text").isEqualTo("3");
    }

    @Test
    void absentAndNullReadAsNullForObjectsAndFailNamingThePathForNumbers() {
        assertThat(list.getString("cardholder.email")).isNull();
        assertThat(list.getObject("cardholder.transactionLimit", Long.class)).isNull();
        assertThat(list.get("nowhere.at.all")).isNull();
        assertThat(list.has("cardholder.transactionLimit")).isFalse();
        assertThatThrownBy(() -> list.getLong("cardholder.transactionLimit"))
                .hasMessage("the answer has no 'cardholder.transactionLimit'");
    }

    @Test
    void anIntegerReadOfTextAFractionOrABooleanFailsInsteadOfGuessing() {
        JsonAnswer odd = answer("{\"total\":\"3\",\"limit\":12.5,\"ok\":true,\"big\":8123456789012}");
        assertThatThrownBy(() -> odd.getLong("total")).hasMessage("the answer's 'total' is string, not an integer");
        assertThatThrownBy(() -> odd.getInt("limit")).hasMessage("the answer's 'limit' is a fraction, not an integer");
        assertThatThrownBy(() -> odd.getInt("ok")).hasMessageContaining("is boolean");
        assertThatThrownBy(() -> odd.getInt("big")).as("past an int, and the value is never shown")
                .hasMessage("the answer's 'big' is an integer too large, not an integer");
        assertThat(odd.getLong("big")).isEqualTo(8123456789012L);
    }

    @Test
    void aPathThroughAnArrayReadsEachElement() {
        assertThat(list.getList("errors.field", String.class)).containsExactly("email", "phone");
        assertThat(list.getList("items.cardId", Long.class)).containsExactly(7L, 8123456789012L, null);
        assertThat(list.getList("items.transId", String.class)).isEqualTo(Arrays.asList("t1", null, null));
    }

    @Test
    void listsAndValuesComeBackAsPlainJavaWithExactDecimals() {
        List<Map<String, Object>> items = list.getList("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).containsEntry("cardId", 7).containsEntry("amount", new BigDecimal("12.50"));
        assertThat(list.get("items")).isInstanceOf(List.class);
        assertThat(list.get("total")).isEqualTo(3);
        assertThat(list.getList("absent")).isEmpty();
        assertThat(list.asMap()).containsKeys("total", "items", "cardholder");
    }

    @Test
    void anEmptyBodyHasNothingAndNonJsonFailsWithoutEchoingTheBody() {
        JsonAnswer empty = JsonAnswer.of(new byte[0]);
        assertThat(empty.getString("status")).isNull();
        assertThat(empty.asMap()).isEmpty();
        assertThatThrownBy(() -> answer("<html>4111111111111111</html>"))
                .hasMessage("the answer is not JSON").hasMessageNotContaining("4111");
    }
}
