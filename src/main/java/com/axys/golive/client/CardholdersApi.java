package com.axys.golive.client;

import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.Map;

/** Cardholders and their compliance (KYC) submission. Every method returns the raw response. */
public final class CardholdersApi {

    private final Call call;

    CardholdersApi(AxysClient client) {
        this.call = new Call(client);
    }

    public Response list(Map<String, ?> query) {
        return call.send(Method.GET, "/cardholders", query, null);
    }

    public Response create(Object body) {
        return call.send(Method.POST, "/cardholders", null, body);
    }

    public Response get(long cardholderId) {
        return call.send(Method.GET, "/cardholders/{cardholderId}", null, null, cardholderId);
    }

    public Response edit(long cardholderId, Object body) {
        return call.send(Method.PUT, "/cardholders/{cardholderId}", null, body, cardholderId);
    }

    public Response update(long cardholderId, Object body) {
        return call.send(Method.PUT, "/cardholders/{cardholderId}/update", null, body, cardholderId);
    }

    public Response submitKyc(long cardholderId) {
        return call.send(Method.PUT, "/cardholders/{cardholderId}/kyc-submit", null, null, cardholderId);
    }

    public Response refreshKycUrl(long cardholderId) {
        return call.send(Method.POST, "/cardholders/{cardholderId}/kyc-url/refresh", null, null, cardholderId);
    }

    public Response registerBankAccount(long cardholderId, Object body) {
        return call.send(Method.POST, "/cardholders/{cardholderId}/register-bank-account", null, body, cardholderId);
    }
}
