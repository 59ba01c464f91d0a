package com.axys.golive.proxy;

import com.axys.golive.capture.ScenarioContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One backend request, start to end: numbered in arrival order, refused when it is not a read and the target is
 * production, met by the fault the plan gives its number, otherwise forwarded and its answer passed back as the
 * target sent it. Every outcome is recorded ({@link ProxyRecorder}); closing the exchange without having answered
 * closes the backend's connection unanswered (the timeout and reset-after-send faults).
 */
final class ProxyHandler implements HttpHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProxyHandler.class);
    static final int MAX_BODY = 10 * 1024 * 1024;
    /** As the simulator's server: larger headers overflowed the redaction's patterns (a StackOverflowError). */
    static final int MAX_HEADERS = 32 * 1024;
    static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method",
            "X-Method-Override");

    private final Forwarder forwarder;
    private final ProxyRecorder recorder;
    private final ClientScenarios clients;
    private final FaultPlan faults;
    private final Duration hold;
    private final boolean readsOnly;
    private final String basePath;
    private final Clock clock;
    private final Consumer<String> console;
    private final AtomicLong requests = new AtomicLong();

    ProxyHandler(Forwarder forwarder, ProxyRecorder recorder, ClientScenarios clients, FaultPlan faults,
                 Duration hold, boolean readsOnly, URI targetBase, Clock clock, Consumer<String> console) {
        this.forwarder = forwarder;
        this.recorder = recorder;
        this.clients = clients;
        this.faults = faults;
        this.hold = hold;
        this.readsOnly = readsOnly;
        this.basePath = targetBase.getPath() == null ? "" : targetBase.getPath().replaceAll("/$", "");
        this.clock = clock;
        this.console = console;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            serve(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("proxy: a backend request ended with {}", recorder.policy().redactText(e.toString()));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException, InterruptedException {
        long number = requests.incrementAndGet();
        Instant at = clock.instant();
        long t0 = System.nanoTime();
        ScenarioContext client = clients.of(exchange.getRemoteAddress());
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String suffix = rawPath.startsWith(basePath) ? rawPath.substring(basePath.length()) : rawPath;
        String shown = recorder.policy().redactUrlText(suffix + (query == null ? "" : "?" + query));
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        Request request = new Request(number, at, client, method, shown,
                Fingerprint.of(method, rawPath, query, body));
        if (body.length > MAX_BODY) {
            BackendAnswers.error(exchange, 413, "request-too-large",
                    "golive proxy forwards request bodies up to 10 MiB");
            recorder.note(request.outcome("refused 413: body over 10 MiB"));
            return;
        }
        if (headerBytes(exchange) > MAX_HEADERS) {
            BackendAnswers.error(exchange, 431, "request-header-too-large",
                    "golive proxy forwards request headers up to 32 KiB in all");
            recorder.note(request.outcome("refused 431: headers over 32 KiB"));
            return;
        }
        if (!rawPath.equals(basePath) && !rawPath.startsWith(basePath + "/") || climbs(rawPath)) {
            BackendAnswers.error(exchange, 404, "not-an-api-path", "golive proxy forwards the Axys API under "
                    + basePath + " only; use the base URL it printed");
            recorder.note(request.outcome("refused 404: outside " + basePath));
            return;
        }
        String effective = overridden(exchange, method);
        if (readsOnly && !effective.equals("GET") && !effective.equals("HEAD")) {
            String asked = effective.equals(method) ? method : method + " (overridden to " + effective + ")";
            String reason = asked + " " + shown + " was not sent: the target is production, where golive proxy"
                    + " forwards only reads (GET, HEAD)";
            recorder.refused(client, method, shown, reason);
            BackendAnswers.error(exchange, 403, "refused-by-golive-proxy", reason);
            recorder.note(request.outcome("refused 403: production is read-only through the proxy"));
            console.accept("refused #" + number + " " + asked + " " + shown + " (production: reads only)");
            return;
        }
        Optional<FaultKind> fault = faults.decide(number);
        if (fault.isPresent() && !fault.get().forwards()) {
            injectWithoutForwarding(exchange, request, fault.get());
            return;
        }
        forward(exchange, request, suffix + (query == null ? "" : "?" + query), body, t0, fault.orElse(null));
    }

    private static long headerBytes(HttpExchange exchange) {
        long total = 0;
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                total += header.getKey().length() + value.length() + 4;
            }
        }
        return total;
    }

    /** Whether a segment is {@code .} or {@code ..}, however encoded: the target would resolve it outside the base. */
    static boolean climbs(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String s = segment.replaceAll("(?i)%2e", ".");
            if (s.equals(".") || s.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The method the target may act on: a method-override header (which many servers honour) counts as the method,
     * so that a GET carrying {@code X-HTTP-Method-Override: DELETE} is no read on production.
     */
    static String overridden(HttpExchange exchange, String method) {
        for (String header : METHOD_OVERRIDES) {
            for (String value : exchange.getRequestHeaders().getOrDefault(header, List.of())) {
                String asked = value.strip().toUpperCase(Locale.ROOT);
                if (!asked.equals("GET") && !asked.equals("HEAD")) {
                    return asked.isEmpty() ? "(empty " + header + ")" : asked;
                }
            }
        }
        return method;
    }

    private void injectWithoutForwarding(HttpExchange exchange, Request request, FaultKind fault)
            throws IOException, InterruptedException {
        BackendRequest faulted = request.faulted(fault, 0, "injected " + fault.label());
        recorder.fault(faulted, fault.status(), null);
        recorder.note(faulted);
        console.accept("fault #" + request.number() + " " + request.method() + " " + request.path() + " -> "
                + fault.label() + " (injected)");
        switch (fault) {
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().add("Retry-After", "1");
                BackendAnswers.error(exchange, 429, "rate-limited", "Too many requests (injected by golive proxy)");
            }
            case UNAVAILABLE -> BackendAnswers.error(exchange, 503, "service-unavailable",
                    "Service unavailable (injected by golive proxy)");
            default -> Thread.sleep(hold.toMillis()); // TIMEOUT: held, then closed unanswered
        }
    }

    private void forward(HttpExchange exchange, Request request, String suffix, byte[] body, long t0,
                         FaultKind fault) throws IOException {
        URI uri = forwarder.target(suffix);
        Map<String, List<String>> headers = forwarder.outgoing(exchange.getRequestHeaders());
        String requestBody = new String(body, StandardCharsets.UTF_8);
        Forwarder.Sent sent;
        try {
            sent = forwarder.send(request.method(), uri, headers, body);
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            long seq = recorder.call(new ProxyRecorder.Call(request.client(), request.at(), millis(t0),
                    request.method(), uri, headers, requestBody, -1, Map.of(), "",
                    e.getClass().getName() + ": " + e.getMessage()));
            boolean timedOut = e instanceof HttpTimeoutException;
            recorder.note(request.outcome("not answered by the target (call #" + seq + ")"));
            BackendAnswers.error(exchange, timedOut ? 504 : 502, timedOut ? "target-timeout" : "target-unreachable",
                    recorder.policy().redactText("the target did not answer: " + e.getClass().getSimpleName()));
            return;
        }
        byte[] answer = sent.response().body() == null ? new byte[0] : sent.response().body();
        int status = sent.response().statusCode();
        Map<String, List<String>> responseHeaders = Forwarder.headers(sent.response());
        long seq = recorder.call(new ProxyRecorder.Call(request.client(), request.at(), millis(t0),
                request.method(), uri, headers, requestBody, status, responseHeaders,
                new String(answer, StandardCharsets.UTF_8), null));
        if (fault == FaultKind.RESET_AFTER_SEND) {
            BackendRequest faulted = request.faulted(fault, seq, "forwarded -> " + status + " (call #" + seq
                    + "), answer withheld: connection closed");
            recorder.fault(faulted, -1, status);
            recorder.note(faulted);
            console.accept("fault #" + request.number() + " " + request.method() + " " + request.path()
                    + " -> reset-after-send (injected; the target answered " + status + ", call #" + seq + ")");
            return;
        }
        recorder.note(request.forwarded(seq, "forwarded -> " + status + " (call #" + seq + ")"));
        BackendAnswers.relay(exchange, request.method(), status, responseHeaders, answer);
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The facts of a request known on arrival, turned into its timeline entry once its fate is known. */
    private record Request(long number, Instant at, ScenarioContext client, String method, String path,
                           String sameAs) {
        BackendRequest outcome(String outcome) {
            return new BackendRequest(number, at, client.name(), method, path, sameAs, 0, null, outcome);
        }

        BackendRequest forwarded(long callSeq, String outcome) {
            return new BackendRequest(number, at, client.name(), method, path, sameAs, callSeq, null, outcome);
        }

        BackendRequest faulted(FaultKind fault, long callSeq, String outcome) {
            return new BackendRequest(number, at, client.name(), method, path, sameAs, callSeq, fault, outcome);
        }
    }
}
