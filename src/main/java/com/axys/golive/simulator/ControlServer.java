package com.axys.golive.simulator;

import com.axys.golive.simulator.domain.VirtualClock;
import com.axys.golive.simulator.wiremock.ChaosPlan;
import com.axys.golive.simulator.wiremock.LostAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's control surface over HTTP, for a Program's own integration tests in any language: on its own port,
 * on 127.0.0.1 only, under {@code /control/}, never part of the Axys API (as WireMock has its admin API). Each request
 * carries the {@code X-Control-Token} printed at start (another local process cannot steer the simulator by
 * accident). Bodies are JSON; an answer is JSON; a bad request is 400 with one line naming the problem and the fix.
 */
public final class ControlServer implements AutoCloseable {

    /** The header every control request carries. */
    public static final String TOKEN_HEADER = "X-Control-Token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer http;
    private final String token;
    private final SimulatorControl control;
    private final VirtualClock clock;
    private final LocalDnsZone dns;
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    /** One control: its method, what it takes and what it does, for the index at {@code GET /control}. */
    private record Endpoint(String method, String body, String what, Handler handler) { }

    @FunctionalInterface
    private interface Handler {
        JsonNode handle(JsonNode body);
    }

    /** A request the control surface cannot carry out: 400 with this one line. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    private ControlServer(HttpServer http, String token, SimulatorControl control, VirtualClock clock,
                          LocalDnsZone dns) {
        this.http = http;
        this.token = token;
        this.control = control;
        this.clock = clock;
        this.dns = dns;
        routes();
        http.createContext("/control", this::serve);
        http.start();
    }

    /** Starts the control surface on 127.0.0.1:{@code port} (0: any free port) with a fresh random token. */
    public static ControlServer start(int port, SimulatorControl control, VirtualClock clock, LocalDnsZone dns) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            return new ControlServer(http, HexFormat.of().formatHex(random), control, clock, dns);
        } catch (IOException e) {
            throw new UncheckedIOException("the control surface cannot listen on 127.0.0.1:" + port
                    + " (in use?); give another --control-port, or 0 for any free port", e);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The base URL, {@code http://127.0.0.1:PORT/control}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/control";
    }

    /** The token each request carries in {@value #TOKEN_HEADER}; printed at start, never written to a file. */
    public String token() {
        return token;
    }

    private void routes() {
        endpoints.put("POST /control/kyc-outcome", new Endpoint("POST", "{\"cardholderId\":N,\"status\":1|2|6|7}",
                "the review of cardholder N ends in that status once the review delay has passed", body -> {
                    control.forceKycOutcome(number(body, "cardholderId"), (int) number(body, "status"));
                    return ok();
                }));
        endpoints.put("POST /control/fail-next", new Endpoint("POST",
                "{\"operationId\":\"listCardholders\",\"count\":N,\"status\":503}",
                "the next N calls of the operation are answered with that status (429 carries Retry-After)", body -> {
                    control.failNext(operation(body), (int) number(body, "count"), (int) number(body, "status"));
                    return ok();
                }));
        endpoints.put("POST /control/lose-next-answer", new Endpoint("POST",
                "{\"operationId\":\"transferFromWallet\",\"how\":\"server-error|connection-reset\"}",
                "the next call is carried out, then its answer is lost", body -> {
                    control.loseNextAnswer(operation(body), lostAnswer(text(body, "how")));
                    return ok();
                }));
        endpoints.put("POST /control/hold-next-answer", new Endpoint("POST",
                "{\"operationId\":\"transferFromWallet\",\"seconds\":N}",
                "the next call is carried out, and answered only after N seconds", body -> {
                    control.holdNextAnswer(operation(body), Duration.ofSeconds(number(body, "seconds")));
                    return ok();
                }));
        endpoints.put("POST /control/refuse-ip", new Endpoint("POST",
                "{\"operationId\":\"listCardholders\",\"count\":N,\"cause\":\"ip-not-allowlisted|fcrdns-failed"
                        + "|undetermined\",\"callingIp\":\"127.0.0.1\",\"domain\":\"pay.example.test\"}",
                "the next N calls get 403 'No Authorised IPs configured'; the simulator's DNS zone is set to match"
                        + " the cause", body -> {
                    NoAuthorisedIpsCause cause;
                    try {
                        cause = NoAuthorisedIpsCause.of(text(body, "cause"));
                    } catch (IllegalArgumentException e) {
                        throw new BadRequest(e.getMessage());
                    }
                    cause.arrange(dns, text(body, "callingIp"), text(body, "domain"));
                    control.failNext(operation(body), (int) number(body, "count"), 403);
                    return ok();
                }));
        endpoints.put("POST /control/chaos", new Endpoint("POST", "{\"seed\":1,\"rate\":0.1}",
                "seeded whole-run chaos from now on (as --chaos)", body -> {
                    try {
                        control.chaos(ChaosPlan.parse(number(body, "seed") + ":" + body.path("rate").asDouble(
                                ChaosPlan.DEFAULT_RATE)));
                    } catch (IllegalArgumentException e) {
                        throw new BadRequest(e.getMessage());
                    }
                    return ok();
                }));
        endpoints.put("DELETE /control/chaos", new Endpoint("DELETE", "", "chaos off", body -> {
            control.chaos(null);
            return ok();
        }));
        endpoints.put("GET /control/faults", new Endpoint("GET", "", "every chaos fault injected so far", body -> {
            var list = JSON.createArrayNode();
            control.injectedFaults().forEach(f -> {
                try {
                    list.add(JSON.readTree(f.jsonLine()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return list;
        }));
        endpoints.put("POST /control/clock/advance", new Endpoint("POST", "{\"seconds\":N}",
                "moves the simulator's clock N seconds ahead: reviews end, money clears, OTPs expire as if that"
                        + " time had passed", body -> {
                    long seconds = number(body, "seconds");
                    if (seconds <= 0) {
                        throw new BadRequest("seconds must be above 0; the clock only moves forward");
                    }
                    clock.advance(Duration.ofSeconds(seconds));
                    return ok().put("now", clock.instant().toString());
                }));
        endpoints.put("POST /control/review-delay", new Endpoint("POST", "{\"seconds\":N}",
                "how long a KYC review takes from now on", body -> {
                    control.setReviewDelay(Duration.ofSeconds(number(body, "seconds")));
                    return ok();
                }));
        endpoints.put("POST /control/expire-otps", new Endpoint("POST", "", "every OTP waiting now expires",
                body -> ok().put("expired", control.expireOtps())));
        endpoints.put("GET /control/webhooks", new Endpoint("GET", "", "the OTP callbacks made after challenges, each"
                + " with its outcome", body -> JSON.valueToTree(control.webhookDeliveries())));
        endpoints.put("GET /control/tickets", new Endpoint("GET", "", "the support tickets raised",
                body -> JSON.valueToTree(control.tickets())));
        endpoints.put("POST /control/clear-overrides", new Endpoint("POST", "",
                "drops every armed failure, lost or held answer and response override (chaos stays)", body -> {
                    control.clearOverrides();
                    return ok();
                }));
        endpoints.put("POST /control/reset", new Endpoint("POST", "", "forgets every cardholder, card, wallet and"
                + " override: a fresh Program", body -> {
                    control.reset();
                    return ok();
                }));
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
            String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
            if (given == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8))) {
                answer(exchange, 401, error("missing or wrong " + TOKEN_HEADER + "; give the token 'golive simulator'"
                        + " printed at start"));
                return;
            }
            if (path.equals("/control") && method.equals("GET")) {
                ObjectNode index = JSON.createObjectNode();
                endpoints.forEach((key, e) -> index.putObject(key).put("body", e.body()).put("does", e.what()));
                answer(exchange, 200, index);
                return;
            }
            Endpoint endpoint = endpoints.get(method + " " + path);
            if (endpoint == null) {
                answer(exchange, 404, error("no control " + method + " " + path + "; GET /control lists them"));
                return;
            }
            byte[] raw = exchange.getRequestBody().readNBytes(64 * 1024);
            JsonNode body;
            try {
                body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            } catch (IOException notJson) {
                answer(exchange, 400, error("the body is not JSON; send " + endpoint.body()));
                return;
            }
            try {
                answer(exchange, 200, endpoint.handler().handle(body == null ? JSON.createObjectNode() : body));
            } catch (BadRequest e) {
                answer(exchange, 400, error(e.getMessage() + (endpoint.body().isEmpty() ? ""
                        : "; send " + endpoint.body())));
            } catch (IllegalArgumentException | IllegalStateException e) {
                answer(exchange, 400, error(String.valueOf(e.getMessage())));
            }
        }
    }

    private String operation(JsonNode body) {
        String id = text(body, "operationId");
        if (!control.operationIds().contains(id)) {
            throw new BadRequest("unknown operationId '" + id + "'; GET the simulator's contract for the list,"
                    + " e.g. listCardholders, createCardholder, transferFromWallet");
        }
        return id;
    }

    private static LostAnswer lostAnswer(String how) {
        return switch (how) {
            case "server-error" -> LostAnswer.SERVER_ERROR;
            case "connection-reset" -> LostAnswer.CONNECTION_RESET;
            default -> throw new BadRequest("how is 'server-error' or 'connection-reset', not '" + how + "'");
        };
    }

    private static long number(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new BadRequest("'" + field + "' must be a whole number");
        }
        return value.asLong();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadRequest("'" + field + "' must be a text");
        }
        return value.asText();
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
