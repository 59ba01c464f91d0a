package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.Fields;
import com.axys.golive.simulator.domain.Result;
import com.axys.golive.simulator.domain.SimulatedAxys;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request → domain operation → response, in the order a real gateway works: an injected failure (the WAF/gateway
 * layer: 403, 429, 5xx) first, then {@code X-API-Key} (401), then the route (404), path ids (400), the JSON body
 * (400), and the operation itself; its response then gets the control surface's overrides, and is lost (500 or a
 * reset connection) when the control surface asked for that after the operation was carried out.
 */
public final class ApiDispatcher {

    static final String BASE_PATH = "/v2";
    static final String TRANSFER_PATH = BASE_PATH + "/wallets/transfer";
    static final String KYC_VALIDATE_PATH = BASE_PATH + "/staging/kyc/validate";

    private final RouteTable routes;
    private final byte[] apiKey;
    private final ResponseOverrides overrides;
    private final AtomicLong received = new AtomicLong();

    private final SimulatedAxys axys;
    private final WebhookSender webhooks;

    /** The OTP callbacks made so far. */
    public java.util.List<WebhookSender.Delivery> webhookDeliveries() {
        return webhooks.deliveries();
    }

    public ApiDispatcher(SimulatedAxys axys, String apiKey, ResponseOverrides overrides) {
        this(axys, apiKey, overrides, WebhookSender.none());
    }

    /** A dispatcher whose OTP challenges make their callbacks through {@code webhooks}. */
    public ApiDispatcher(SimulatedAxys axys, String apiKey, ResponseOverrides overrides, WebhookSender webhooks) {
        this.axys = axys;
        this.webhooks = webhooks;
        this.routes = AxysRoutes.of(axys, webhooks);
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.overrides = overrides;
    }

    /** The operationIds this simulator answers (what the control surface accepts). */
    public Set<String> operationIds() {
        return routes.operationIds();
    }

    /** The operations among {@link #operationIds()} that the docs list as deprecated (still working). */
    public Set<String> deprecatedOperationIds() {
        return routes.deprecatedOperationIds();
    }

    /** How many requests were dispatched since start, whatever their answer. */
    public long requestsReceived() {
        return received.get();
    }

    public ApiResponse dispatch(ApiRequest request) {
        long seq = received.incrementAndGet();
        String[] pathAndQuery = request.url().split("\\?", 2);
        String path = normalised(pathAndQuery[0]);
        boolean review = "POST".equals(request.method()) && KYC_VALIDATE_PATH.equals(path);
        Optional<ChaosPlan.Kind> chaos = overrides.chaosFor(seq, review);
        if (chaos.isPresent() && !chaos.get().afterTheOperation()) {
            overrides.injected(new InjectedFault(seq, request.method(), path, chaos.get(), Instant.now()));
            return chaos.get() == ChaosPlan.Kind.RESET_BEFORE_READ ? ApiResponse.reset()
                    : ErrorEnvelopes.injected(chaos.get().status(), "this route");
        }
        ApiResponse answered = dispatchPlain(request, pathAndQuery, path);
        if ("POST".equals(request.method()) && TRANSFER_PATH.equals(path) && answered.status() >= 200
                && answered.status() <= 299) {
            overrides.transferApplied(request.body());
        }
        if (chaos.isPresent() && answered.status() >= 200 && answered.status() <= 299
                && !answered.connectionReset()) {
            return afterTheOperation(seq, request, path, chaos.get(), answered);
        }
        return answered;
    }

    /** A fault that hits once the operation was carried out: the lost answer, the slow one, the engine's outcome. */
    private ApiResponse afterTheOperation(long seq, ApiRequest request, String path, ChaosPlan.Kind kind,
                                          ApiResponse answered) {
        if (kind.reviewOutcome()) {
            Optional<Long> holder = Json.members(request.body()).map(m -> m.get("cardholderId"))
                    .filter(Number.class::isInstance).map(n -> ((Number) n).longValue());
            if (holder.isEmpty()) {
                return answered;
            }
            axys.kyc().force(holder.get(), kind == ChaosPlan.Kind.SPONTANEOUS_ERROR
                    ? com.axys.golive.simulator.domain.CardholderStatus.ERROR
                    : com.axys.golive.simulator.domain.CardholderStatus.ADMIN_DECLINE);
            overrides.injected(new InjectedFault(seq, request.method(), path, kind, Instant.now(), holder.get()));
            return answered;
        }
        overrides.injected(new InjectedFault(seq, request.method(), path, kind, Instant.now()));
        return kind == ChaosPlan.Kind.SLOW_ANSWER
                ? answered.heldFor(overrides.chaos().map(ChaosPlan::hold).orElse(ChaosPlan.DEFAULT_HOLD))
                : ApiResponse.reset();
    }

    private ApiResponse dispatchPlain(ApiRequest request, String[] pathAndQuery, String path) {
        Optional<RouteTable.Matched> matched = path.startsWith(BASE_PATH + "/")
                ? routes.find(request.method(), path.substring(BASE_PATH.length())) : Optional.empty();
        Optional<String> operationId = matched.filter(found -> found.route().simulated())
                .map(found -> found.route().operationId());
        Optional<Integer> failure = operationId.flatMap(overrides::takeFailure);
        if (failure.isPresent()) {
            return ErrorEnvelopes.injected(failure.get(), operationId.get());
        }
        if (!overrides.withinRate()) {
            return ErrorEnvelopes.injected(429, operationId.orElse("this route"));
        }
        if (request.apiKey() == null || request.apiKey().isBlank()) {
            return ErrorEnvelopes.unauthorized("X-API-Key header is missing: every request needs the Program's key");
        }
        if (!MessageDigest.isEqual(apiKey, request.apiKey().getBytes(StandardCharsets.UTF_8))) {
            return ErrorEnvelopes.unauthorized("X-API-Key is not valid for this Program");
        }
        if (operationId.isEmpty()) {
            return ErrorEnvelopes.unknownRoute(request.method(), path);
        }
        Route route = matched.get().route();
        return overrides.deliver(route.operationId(),
                overrides.apply(route.operationId(), run(route, matched.get().rawIds(), pathAndQuery, request)));
    }

    private static ApiResponse run(Route route, Map<String, String> rawIds, String[] pathAndQuery,
                                   ApiRequest request) {
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, String> raw : rawIds.entrySet()) {
            if (!Route.isId(raw.getKey())) {
                String text = pathSegment(raw.getValue());
                if (text == null || text.isEmpty()) {
                    return ErrorEnvelopes.malformed("path parameter " + raw.getKey() + " is empty or not validly "
                            + "URL-encoded");
                }
                texts.put(raw.getKey(), text);
                continue;
            }
            Long id = integer(raw.getValue());
            if (id == null) {
                return ErrorEnvelopes.malformed("path parameter " + raw.getKey() + " must be an integer");
            }
            ids.put(raw.getKey(), id);
        }
        Fields body = Fields.none();
        if (route.readsBody() && !request.body().isBlank()) {
            Optional<Map<String, Object>> members = Json.members(request.body());
            if (members.isEmpty()) {
                return ErrorEnvelopes.malformed("the request body must be one JSON object");
            }
            body = Fields.ofJson(members.get());
        }
        Fields query;
        try {
            query = Fields.ofQuery(query(pathAndQuery.length > 1 ? pathAndQuery[1] : ""));
        } catch (IllegalArgumentException badEscape) {
            return ErrorEnvelopes.malformed("the query string is not validly URL-encoded");
        }
        Result<ObjectNode> result = route.handler().handle(new Call(ids, texts, query, body));
        if (result instanceof Result.Failed<ObjectNode> failed) {
            return ErrorEnvelopes.of(failed.error());
        }
        ObjectNode envelope = AxysRoutes.WITHOUT_ENVELOPE_STATUS.contains(route.operationId()) ? Json.object()
                : Json.object().put("status", "success");
        envelope.setAll(((Result.Ok<ObjectNode>) result).value());
        return ApiResponse.json(200, envelope);
    }

    private static String normalised(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Long integer(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnInteger) {
            return null;
        }
    }

    /** The first value of each query parameter, URL-decoded. */
    private static Map<String, String> query(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameAndValue = pair.split("=", 2);
            parameters.putIfAbsent(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
        }
        return parameters;
    }

    /** A path segment percent-decoded ('+' stays '+': it means a space only in a query); null when malformed. */
    private static String pathSegment(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
