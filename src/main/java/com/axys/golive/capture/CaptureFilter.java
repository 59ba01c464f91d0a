package com.axys.golive.capture;

import com.axys.golive.contract.ContractResult;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place every HTTP call passes: it times the call, validates the raw exchange against the contract, has
 * the policy redact it, records the redacted form, lets observers derive states, and then fails the scenario if
 * the response broke the contract. Runs last among filters so it sees exactly what went on the wire.
 *
 * <p>A step that sends a deliberately invalid request marks it with {@link #NEGATIVE_TEST_HEADER}; the header is
 * removed before sending, the request is not validated, and the evidence line says {@code negativeTest: true}.
 */
public final class CaptureFilter implements OrderedFilter {

    public static final String NEGATIVE_TEST_HEADER = "X-Golive-Negative-Test";

    private final String basePath;
    private final ExchangeCapture capture;
    private final RedactionPolicy policy;
    private final Supplier<ScenarioContext> scenario;
    private final SeqSource seq;
    private final Clock clock;

    /** Numbers calls in the order they are made, run-wide. */
    @FunctionalInterface
    public interface SeqSource {
        long next();
    }

    public CaptureFilter(URI baseUrl, ContractValidator validator, RedactionPolicy policy, ExchangeSink sink,
                         List<ExchangeObserver> observers, Supplier<ScenarioContext> scenario, SeqSource seq,
                         Clock clock) {
        this.basePath = baseUrl.getPath() == null ? "" : baseUrl.getPath().replaceAll("/$", "");
        this.capture = new ExchangeCapture(validator, policy, sink, observers);
        this.policy = policy;
        this.scenario = scenario;
        this.seq = seq;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        boolean negative = request.getHeaders().hasHeaderWithName(NEGATIVE_TEST_HEADER);
        if (negative) {
            request.removeHeader(NEGATIVE_TEST_HEADER);
        }
        long number = seq.next();
        Instant startedAt = clock.instant();
        long t0 = System.nanoTime();
        URI uri = URI.create(request.getURI());
        String path = relative(uri.getRawPath());
        Map<String, List<String>> requestHeaders = headers(request.getHeaders());
        String requestBody = body(request.getBody());
        Response response;
        try {
            response = ctx.next(request, responseSpec);
        } catch (Throwable e) { // precise rethrow: REST Assured throws checked IOExceptions sneakily
            capture.unanswered(new CapturedExchange(number, startedAt, elapsed(t0), request.getMethod(),
                    uri.toString(), path, uri.getRawQuery(), requestHeaders, requestBody, -1, Map.of(), "",
                    e.getClass().getName() + ": " + e.getMessage(), negative), scenario.get());
            throw e;
        }
        String responseBody = response.asString();
        CapturedExchange raw = new CapturedExchange(number, startedAt, elapsed(t0), request.getMethod(),
                uri.toString(), path, uri.getRawQuery(), requestHeaders, requestBody, response.getStatusCode(),
                headers(response.getHeaders()), responseBody, null, negative);
        ContractResult verdict = capture.answered(raw, scenario.get());
        if (verdict.outcome() == ContractResult.Outcome.FAIL) {
            throw new ContractViolationError(policy.redactText("contract violation in call #" + number + " "
                    + raw.method() + " " + raw.path() + " -> " + raw.status() + ":\n  - "
                    + String.join("\n  - ", verdict.violations())), verdict);
        }
        return response;
    }

    private String relative(String rawPath) {
        String p = rawPath == null ? "/" : rawPath;
        return !basePath.isEmpty() && p.startsWith(basePath) ? p.substring(basePath.length()) : p;
    }

    private static long elapsed(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Headers by name. REST Assured's filterable request repeats a header it merged from several specs (Content-Type
     * once per filter pass); identical repeats say nothing more and are kept once.
     */
    private static Map<String, List<String>> headers(Headers headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Header h : headers) {
            List<String> values = out.computeIfAbsent(h.getName(), k -> new ArrayList<>());
            if (!values.contains(h.getValue())) {
                values.add(h.getValue());
            }
        }
        return out;
    }

    private static String body(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body.toString();
    }
}
