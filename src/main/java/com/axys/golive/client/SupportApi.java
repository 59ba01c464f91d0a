package com.axys.golive.client;

import io.restassured.http.Method;
import io.restassured.response.Response;

/**
 * Support tickets, the escalation path the docs name for admin declines, closing cards and moving funds off a card.
 * The endpoint is inferred: the docs say "raise a support ticket" but document no API for it.
 */
public final class SupportApi {

    private final Call call;

    SupportApi(AxysClient client) {
        this.call = new Call(client);
    }

    /** POST /support/tickets: {@code subject}, {@code description}, {@code priority} 1-4, optional ids. */
    public Response raise(Object body) {
        return call.send(Method.POST, "/support/tickets", null, body);
    }
}
