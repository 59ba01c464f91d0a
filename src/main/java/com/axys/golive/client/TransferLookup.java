package com.axys.golive.client;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Looks a transfer up by its reference in GET /wallets/transactions: every page of the time window (narrowed to the
 * destination card when there is one), matching the reference, the amount and the destination. A page that cannot be
 * read is read again, twice at most: a GET may be repeated, a POST may not.
 */
final class TransferLookup {

    static final int PAGE_SIZE = 200;
    static final List<Duration> REREAD_WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2));

    /** What the read showed: the matching transfers' ids, or why the list could not be read. */
    record Found(List<Long> transIds, String problem) {
        Found {
            transIds = List.copyOf(transIds);
        }

        boolean readable() {
            return problem == null;
        }
    }

    private final WalletsApi wallets;
    private final Sleeper sleeper;

    TransferLookup(WalletsApi wallets, Sleeper sleeper) {
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    Found find(TransferGuard.Transfer transfer, Instant after) {
        List<Long> matches = new ArrayList<>();
        int offset = 0;
        while (true) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("after", String.valueOf(after.getEpochSecond()));
            if (transfer.destinationType() == TransferGuard.TO_CARD) {
                query.put("cardId", transfer.destinationId());
            }
            query.put("limit", PAGE_SIZE);
            query.put("offset", offset);
            Read page = read(query);
            if (page.problem() != null) {
                return new Found(List.of(), page.problem());
            }
            JsonPath json = page.response().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                if (matches(transfer, item) && item.get("transId") instanceof Number id) {
                    matches.add(id.longValue());
                }
            }
            offset += items.size();
            if (items.isEmpty() || offset >= json.getLong("total")) {
                return new Found(matches, null);
            }
        }
    }

    /** One page, read again after a wait when the answer was a 408, 429 or 5xx, or did not come at all. */
    private Read read(Map<String, Object> query) {
        String problem = null;
        for (int attempt = 0; attempt <= REREAD_WAITS.size(); attempt++) {
            if (attempt > 0) {
                sleeper.sleep(REREAD_WAITS.get(attempt - 1));
            }
            try {
                Response page = wallets.transactions(query);
                if (page.statusCode() == 200) {
                    return new Read(page, null);
                }
                problem = "GET /wallets/transactions answered HTTP " + page.statusCode();
                if (!rereadable(page.statusCode())) {
                    break;
                }
            } catch (Exception noAnswer) {
                problem = "GET /wallets/transactions got no answer (" + noAnswer.getClass().getSimpleName() + ")";
            }
        }
        return new Read(null, problem);
    }

    private record Read(Response response, String problem) {
    }

    private static boolean rereadable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static boolean matches(TransferGuard.Transfer transfer, Map<String, Object> item) {
        return transfer.reference().equals(item.get("description"))
                && item.get("amount") instanceof Number amount && amount.longValue() == transfer.amount()
                && (!(item.get("destinationId") instanceof Number destination)
                        || destination.longValue() == transfer.destinationId());
    }
}
