package com.axys.golive.steps;

import com.axys.golive.client.JsonAnswer;
import com.axys.golive.client.AxysClient;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads GET /wallets/transactions whole, page by page, within a time window: the wallet steps' one query. */
final class WalletMovements {

    private static final int PAGE_SIZE = 200;

    private final AxysClient api;

    WalletMovements(AxysClient api) {
        this.api = api;
    }

    /** Every movement created since {@code since} that {@code filter} (e.g. {@code cardId}) selects. */
    List<Map<String, Object>> since(Instant since, Map<String, Object> filter) {
        List<Map<String, Object>> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Map<String, Object> query = new LinkedHashMap<>(filter);
            query.put("after", String.valueOf(since.getEpochSecond()));
            query.put("limit", PAGE_SIZE);
            query.put("offset", offset);
            Response page = api.wallets().transactions(query);
            assertThat(page.statusCode()).as("GET wallet transactions status").isEqualTo(200);
            List<Map<String, Object>> items = JsonAnswer.of(page).getList("items");
            all.addAll(items);
            offset += items.size();
            if (items.isEmpty() || offset >= JsonAnswer.of(page).getLong("total")) {
                return all;
            }
        }
    }

    /** The movements since {@code since} whose description is {@code reference}. */
    List<Map<String, Object>> withReference(Instant since, Map<String, Object> filter, String reference) {
        return since(since, filter).stream().filter(item -> reference.equals(item.get("description"))).toList();
    }
}
