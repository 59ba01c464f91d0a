package com.axys.golive.client;

import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.Map;

/**
 * Program wallets: creation, bank-deposit funding, transfers and the wallet-movement list. Every method returns the
 * raw response. {@link #transfer} is sent exactly once and is not idempotent: send transfers through a
 * {@link TransferGuard}, never retry it by hand.
 */
public final class WalletsApi {

    private final Call call;

    WalletsApi(AxysClient client) {
        this.call = new Call(client);
    }

    public Response create(String name) {
        return call.send(Method.POST, "/wallets", null, Map.of("name", name));
    }

    public Response bankDeposit(long walletId, Object body) {
        return call.send(Method.POST, "/wallets/{walletId}/bank-deposit", null, body, walletId);
    }

    /** One POST /wallets/transfer, as is: no retry, no reconciliation. */
    public Response transfer(Object body) {
        return call.send(Method.POST, "/wallets/transfer", null, body);
    }

    public Response transactions(Map<String, ?> query) {
        return call.send(Method.GET, "/wallets/transactions", query, null);
    }
}
