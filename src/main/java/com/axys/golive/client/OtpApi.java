package com.axys.golive.client;

import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.Map;

/**
 * 3-D Secure one-time passwords: a listener per card, and the OTP read with its token. The token and the code are
 * secrets: keep them in memory, never in step text, notes that are printed or assertion messages (capture redacts
 * them in the evidence, and the token in the {@code /otp/{token}} path is fingerprinted).
 */
public final class OtpApi {

    private final Call call;

    OtpApi(AxysClient client) {
        this.call = new Call(client);
    }

    /** POST /otp/listeners for one card (the recommended form); the answer holds the token. */
    public Response listenForCard(long cardId) {
        return listen(Map.of("cardId", cardId));
    }

    /** POST /otp/listeners with any body (a legacy {@code cardholderId}, a {@code webhookUrl}). */
    public Response listen(Object body) {
        return call.send(Method.POST, "/otp/listeners", null, body);
    }

    /** GET /otp/{token}: the OTP's state, its code while received, its expiry (Unix seconds). */
    public Response read(String token) {
        return call.send(Method.GET, "/otp/{token}", null, null, token);
    }
}
