package com.axys.golive.client;

import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.Map;

/** Card issuance and lifecycle. Every method returns the raw response. */
public final class CardsApi {

    private final Call call;

    CardsApi(AxysClient client) {
        this.call = new Call(client);
    }

    public Response issueVirtual(long cardholderId, Object body) {
        return call.send(Method.POST, "/cards/virtual/{cardholderId}", null, body, cardholderId);
    }

    public Response issuePhysical(long cardholderId, Object body) {
        return call.send(Method.POST, "/cards/assign/{cardholderId}", null, body, cardholderId);
    }

    public Response list(Map<String, ?> query) {
        return call.send(Method.GET, "/cards", query, null);
    }

    public Response get(long cardId) {
        return call.send(Method.GET, "/cards/{cardId}", null, null, cardId);
    }

    /** Full PAN, CVV and expiry: assert in memory only; capture redacts them before anything is written. */
    public Response details(long cardId) {
        return call.send(Method.GET, "/cards/{cardId}/details", null, null, cardId);
    }

    public Response balance(long cardId) {
        return call.send(Method.GET, "/cards/{cardId}/balance", null, null, cardId);
    }

    public Response activate(long cardId, Object body) {
        return call.send(Method.PUT, "/cards/{cardId}/activate", null, body, cardId);
    }

    public Response setStatus(long cardId, int newStatus) {
        return call.send(Method.PUT, "/cards/{cardId}/status", null, Map.of("newStatus", newStatus), cardId);
    }

    public Response update(long cardId, Object body) {
        return call.send(Method.PUT, "/cards/{cardId}/update", null, body, cardId);
    }

    public Response changePin(long cardId, Object body) {
        return call.send(Method.PUT, "/cards/{cardId}/pin", null, body, cardId);
    }

    public Response bankDeposit(long cardId, Object body) {
        return call.send(Method.POST, "/cards/{cardId}/bank-deposit", null, body, cardId);
    }

    public Response transactions(Map<String, ?> query) {
        return call.send(Method.GET, "/cards/transactions", query, null);
    }

    public Response fees(Map<String, ?> query) {
        return call.send(Method.GET, "/cards/fees", query, null);
    }
}
