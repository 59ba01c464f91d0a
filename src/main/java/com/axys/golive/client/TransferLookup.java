package com.axys.golive.client;

import com.axys.golive.client.JsonAnswer;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks a transfer up by its reference in GET /wallets/transactions: every page of the time window (narrowed to the
 * destination card when there is one), matching the reference, the amount and the destination. A movement of the
 * same amount to the same destination that carries no {@code description} cannot be told apart from the transfer,
 * and is reported as such; so is a list that shows no description at all (it does not echo references, so an
 * absent match proves nothing). A page that cannot be read is read again, twice at most: a GET may be repeated, a
 * POST may not.
 */
final class TransferLookup {

    static final int PAGE_SIZE = 200;
    static final List<Duration> REREAD_WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2));

    /**
     * What the read showed: the matching transfers' ids; the ids of movements that may be the transfer but carry no
     * description to tell; whether any movement read carried a description at all; or why the list could not be read.
     */
    record Found(List<Long> transIds, List<Long> unmatchable, boolean echoes, String problem) {
        Found {
            transIds = List.copyOf(transIds);
            unmatchable = List.copyOf(unmatchable);
        }

        static Found unreadable(String problem) {
            return new Found(List.of(), List.of(), false, problem);
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
        List<Long> unmatchable = new ArrayList<>();
        boolean echoes = false;
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
                return Found.unreadable(page.problem());
            }
            JsonAnswer json = JsonAnswer.of(page.response());
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                echoes |= item.get("description") instanceof String;
                if (!(item.get("transId") instanceof Number id) || !sameMovement(transfer, item)) {
                    continue;
                }
                if (transfer.reference().equals(item.get("description"))) {
                    matches.add(id.longValue());
                } else if (item.get("description") == null) {
                    unmatchable.add(id.longValue());
                }
            }
            offset += items.size();
            if (items.isEmpty() || offset >= json.getLong("total")) {
                return new Found(matches, unmatchable, echoes, null);
            }
        }
    }

    /**
     * Whether the target's list echoes descriptions at all, read from the newest page of every movement: true when
     * one of the source wallet's movements there carries a description; empty when the list cannot be read.
     */
    Optional<Boolean> echoesDescriptions(TransferGuard.Transfer transfer) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("sort", "desc");
        query.put("limit", PAGE_SIZE);
        Read page = read(query);
        if (page.problem() != null) {
            return Optional.empty();
        }
        List<Map<String, Object>> items = JsonAnswer.of(page.response()).getList("items");
        return Optional.of(items.stream().anyMatch(item -> item.get("walletId") instanceof Number wallet
                && wallet.longValue() == transfer.sourceWalletId() && item.get("description") instanceof String));
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

    /** The same amount from the same wallet to the same destination, as far as the item says. */
    private static boolean sameMovement(TransferGuard.Transfer transfer, Map<String, Object> item) {
        return item.get("amount") instanceof Number amount && amount.longValue() == transfer.amount()
                && (!(item.get("destinationId") instanceof Number destination)
                        || destination.longValue() == transfer.destinationId())
                && (!(item.get("walletId") instanceof Number wallet) || wallet.longValue() == transfer.sourceWalletId());
    }
}
