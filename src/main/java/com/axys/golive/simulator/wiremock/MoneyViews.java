package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.CardFee;
import com.axys.golive.simulator.domain.CardTransaction;
import com.axys.golive.simulator.domain.DecimalAmount;
import com.axys.golive.simulator.domain.Purchase;
import com.axys.golive.simulator.domain.WalletTransaction;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The wire shapes of the money lists (docs/api-decisions.md: Transaction, Fee, WalletTransaction). Transaction and
 * fee amounts are strings, written as decimal text ("12.50"); wallet amounts are decimal-implied integers. Fields a
 * record does not have (a deposit's destination) are left out.
 */
final class MoneyViews {

    private MoneyViews() {
    }

    static ObjectNode transaction(CardTransaction transaction) {
        ObjectNode json = Json.object();
        json.put("cardId", transaction.cardId());
        json.put("transId", transaction.transId());
        json.put("authRefNum", transaction.authRefNum());
        json.put("amount", DecimalAmount.format(transaction.amount()));
        json.put("description", transaction.description());
        json.put("dateCreated", date(transaction.createdAt()));
        json.put("status", transaction.status().code());
        return json;
    }

    static ObjectNode fee(CardFee fee) {
        ObjectNode json = Json.object();
        json.put("cardId", fee.cardId());
        json.put("authRefNum", fee.authRefNum());
        json.put("amount", DecimalAmount.format(fee.amount()));
        json.put("merchantAmount", DecimalAmount.format(fee.merchantAmount()));
        json.put("feeType", fee.feeType());
        json.put("dateCreated", date(fee.createdAt()));
        return json;
    }

    static ObjectNode walletTransaction(WalletTransaction movement) {
        ObjectNode json = Json.object();
        json.put("transId", movement.transId());
        json.put("walletId", movement.walletId());
        if (!movement.deposit()) {
            json.put("destinationType", movement.destinationType());
            json.put("destinationId", movement.destinationId());
        }
        json.put("amount", movement.amount());
        if (movement.description() != null) {
            json.put("description", movement.description());
        }
        json.put("transStatus", movement.transStatus());
        json.put("dateCreated", date(movement.createdAt()));
        return json;
    }

    /** A staging spend's {@code result}: the transaction made and its fees. */
    static ObjectNode purchase(Purchase purchase) {
        ObjectNode json = transaction(purchase.transaction());
        ArrayNode fees = json.putArray("fees");
        purchase.fees().forEach(fee -> fees.add(fee(fee)));
        return json;
    }

    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
