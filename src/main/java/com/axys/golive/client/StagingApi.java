package com.axys.golive.client;

import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.Map;

/** Staging-only simulation endpoints ({@code /staging/*}); production answers 404 to all of them. */
public final class StagingApi {

    private final Call call;

    StagingApi(AxysClient client) {
        this.call = new Call(client);
    }

    /** Forces the KYC outcome of a cardholder under review: "pass" → 1, "fail" → 2. */
    public Response validateKyc(long cardholderId, String result) {
        return call.send(Method.POST, "/staging/kyc/validate", null,
                Map.of("cardholderId", cardholderId, "result", result));
    }
}
