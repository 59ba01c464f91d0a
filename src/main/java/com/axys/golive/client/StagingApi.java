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

    /**
     * Makes an exact card spend (a purchase) of {@code amount}, a decimal string such as "12.50"; a foreign one also
     * makes an FX fee sharing the transaction's {@code authRefNum}. The path is inferred (the docs name the
     * simulation, not its path).
     */
    public Response spend(long cardId, String amount, String merchant, boolean foreign) {
        return call.send(Method.POST, "/staging/cards/{cardId}/spend", null,
                Map.of("amount", amount, "merchant", merchant, "foreign", foreign), cardId);
    }

    /**
     * Makes a 3-D Secure challenge on a card: every OTP listener of the card receives a new code. Path inferred (the
     * docs name no 3-DS simulation); the code is never in this answer, only in GET /otp/{token}.
     */
    public Response challengeOtp(long cardId) {
        return call.send(Method.POST, "/staging/cards/{cardId}/otp", null, null, cardId);
    }

    /** Credits an exact deposit of {@code amount} (a decimal string such as "100.00") to a card. Path inferred. */
    public Response deposit(long cardId, String amount) {
        return call.send(Method.POST, "/staging/cards/{cardId}/deposit", null, Map.of("amount", amount), cardId);
    }
}
