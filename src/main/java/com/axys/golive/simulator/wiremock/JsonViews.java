package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.Balance;
import com.axys.golive.simulator.domain.Card;
import com.axys.golive.simulator.domain.CardSecrets;
import com.axys.golive.simulator.domain.Cardholder;
import com.axys.golive.simulator.domain.CryptoAddress;
import com.axys.golive.simulator.domain.Page;
import com.axys.golive.simulator.domain.PersonalDetails;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * The wire shapes of docs/api-decisions.md ("Cardholder object", "Card object", the list envelope). Optional fields
 * that were never set are left out rather than sent as {@code null}.
 */
final class JsonViews {

    private JsonViews() {
    }

    static ObjectNode cardholder(Cardholder holder) {
        PersonalDetails details = holder.details();
        ObjectNode json = Json.object();
        json.put("cardholderId", holder.cardholderId());
        json.put("status", holder.status().code());
        putText(json, "firstName", details.firstName());
        putText(json, "lastName", details.lastName());
        putText(json, "emailAdr", details.emailAdr());
        if (details.gender() != null) {
            json.put("gender", details.gender());
        }
        putText(json, "nationality", details.nationality());
        putText(json, "placeOfBirth", details.placeOfBirth());
        putText(json, "dob", details.dob());
        putText(json, "adrLine1", details.adrLine1());
        putText(json, "city", details.city());
        putText(json, "state", details.state());
        putText(json, "country", details.country());
        putText(json, "zipCode", details.zipCode());
        putText(json, "callingCode", details.callingCode());
        putText(json, "cellNum", details.cellNum());
        putText(json, "countryCallingCode", details.countryCallingCode());
        putText(json, "phoneNum", details.phoneNum());
        json.put("sumsubEnabled", holder.sumsubEnabled() ? 1 : 0);
        json.put("transactionLimit", holder.transactionLimit());
        json.put("dateCreated", holder.dateCreated().truncatedTo(ChronoUnit.SECONDS).toString());
        return json;
    }

    static ObjectNode card(Card card) {
        ObjectNode json = Json.object();
        json.put("cardId", card.cardId());
        json.put("cardholderId", card.cardholderId());
        json.put("type", card.kind().wireName());
        json.put("cardStatus", card.cardStatus().code());
        json.put("issuerCardStatus", card.issuerCardStatus().code());
        json.put("maskedCardNumber", card.secrets().maskedPan());
        json.put("nameOnCard", card.nameOnCard());
        putText(json, "alias", card.alias());
        json.put("transactionLimit", card.transactionLimit());
        if (card.designSlot() != null) {
            json.put("cardType", card.designSlot());
        }
        ArrayNode addresses = json.putArray("cryptoAddresses");
        for (CryptoAddress address : card.cryptoAddresses()) {
            addresses.addObject().put("chain", address.chain()).put("address", address.address());
        }
        return json;
    }

    /** GET /cards/{id}/details: the sensitive data, only ever rendered by this one view. */
    static ObjectNode cardDetails(Card card) {
        CardSecrets secrets = card.secrets();
        ObjectNode json = Json.object();
        json.put("cardId", card.cardId());
        json.put("cardNumber", secrets.pan());
        json.put("cvv", secrets.cvv());
        json.put("expMonth", secrets.expMonth());
        json.put("expYear", secrets.expYear());
        return json;
    }

    static ObjectNode balance(Balance balance) {
        ObjectNode json = Json.object();
        json.put("cardId", balance.cardId());
        json.put("ledgerBalance", balance.ledgerBalance());
        json.put("availableBalance", balance.availableBalance());
        return json;
    }

    static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
        ObjectNode json = Json.object();
        ArrayNode items = json.putArray("items");
        page.items().forEach(entry -> items.add(item.apply(entry)));
        json.put("total", page.total());
        json.put("limit", page.limit());
        json.put("offset", page.offset());
        return json;
    }

    static ObjectNode fields(Object... namesAndValues) {
        ObjectNode json = Json.object();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.set((String) namesAndValues[i], Json.MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        return json;
    }

    private static void putText(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
