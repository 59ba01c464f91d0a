package com.axys.golive.preflight;

import io.restassured.response.Response;

/**
 * The auth test's call: {@code GET /cardholders} with the client certificate, its key and the API key, through the
 * harness's client (so it is recorded in an evidence bundle). Throws when no HTTP answer came back: a refused TLS
 * handshake, an unreachable host.
 */
@FunctionalInterface
public interface AuthenticatedCall {

    Response listCardholders();
}
