package com.axys.golive.simulator.wiremock;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the control surface changes in responses, per operationId: fields set or removed (JSON Pointer), a forced HTTP
 * status, failures injected into the next N calls, answers lost or held back after the operation was carried out, and
 * fields left out of every listed item. Thread-safe;
 * these exist to prove that contract validation and drift detection can fail, that the harness handles 4xx/5xx, and
 * that a POST whose answer was lost is reconciled rather than repeated.
 */
public final class ResponseOverrides {

    private final Map<String, Map<String, JsonNode>> fields = new HashMap<>();
    private final Map<String, Integer> statuses = new HashMap<>();
    private final Map<String, FailNext> failures = new HashMap<>();
    private final Map<String, LostAnswer> lostAnswers = new HashMap<>();
    private final Map<String, Duration> holds = new HashMap<>();
    private final Map<String, Set<String>> omittedListFields = new HashMap<>();
    private final RateLimit rateLimit = new RateLimit(System::nanoTime);
    private final java.util.List<InjectedFault> injected = new java.util.ArrayList<>();
    private volatile ChaosPlan chaos;
    private volatile java.util.function.Consumer<InjectedFault> faultListener = fault -> { };

    /**
     * Whole-run chaos from now on ({@code null} ends it). Unlike every other override it survives {@link #clear()}:
     * it belongs to the run, not to a scenario.
     */
    public void chaos(ChaosPlan plan) {
        this.chaos = plan;
    }

    /** The run's chaos plan, if any. */
    public Optional<ChaosPlan> chaos() {
        return Optional.ofNullable(chaos);
    }

    /** Told of every injected fault as it happens (the console line, the fault log file). */
    public void onFault(java.util.function.Consumer<InjectedFault> listener) {
        this.faultListener = listener == null ? fault -> { } : listener;
    }

    /** The chaos fault planned for request {@code seq}, if chaos is on and the plan says so. */
    Optional<ChaosPlan.Kind> chaosFor(long seq, boolean reviewRequest) {
        ChaosPlan plan = chaos;
        return plan == null ? Optional.empty() : plan.faultFor(seq, reviewRequest);
    }

    /** Logs a fault that was injected. */
    void injected(InjectedFault fault) {
        synchronized (injected) {
            injected.add(fault);
        }
        faultListener.accept(fault);
    }

    private final Map<String, Integer> transfers = new HashMap<>();

    /** A wallet transfer was carried out with this request body (kept in memory, counted, never printed). */
    synchronized void transferApplied(String body) {
        transfers.merge(body == null ? "" : body.strip(), 1, Integer::sum);
    }

    /** Wallet transfers carried out since start; survives {@link #clear()} and the Program's reset. */
    public synchronized int transfersApplied() {
        return transfers.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Transfers carried out more than once with the very same request (same source, destination, amount and
     * description: a blind retry of a POST): each extra application counts one.
     */
    public synchronized int duplicateTransfers() {
        return transfers.values().stream().mapToInt(n -> n - 1).sum();
    }

    /** Every fault injected so far, oldest first. */
    public java.util.List<InjectedFault> injectedFaults() {
        synchronized (injected) {
            return java.util.List.copyOf(injected);
        }
    }

    /** At most {@code perSecond} requests a second from now on, answered 429 beyond it; 0 lifts the limit. */
    public void limitRate(int perSecond) {
        rateLimit.set(perSecond);
    }

    /** Whether this request is within the rate limit (always, when none is set). */
    boolean withinRate() {
        return rateLimit.admit();
    }

    /** Sets the field at {@code pointer} to {@code value}, or removes it when {@code value} is {@code null}. */
    public synchronized void overrideField(String operationId, String pointer, JsonNode value) {
        JsonPointer compiled = JsonPointer.compile(pointer);
        if (compiled.matches()) {
            throw new IllegalArgumentException("a field override needs a pointer to a field, like /cardholder/status,"
                    + " not the whole body");
        }
        fields.computeIfAbsent(operationId, id -> new LinkedHashMap<>())
                .put(pointer, value == null ? null : value.deepCopy());
    }

    public synchronized void overrideStatus(String operationId, int status) {
        statuses.put(operationId, status);
    }

    public synchronized void failNext(String operationId, int count, int status) {
        failures.put(operationId, new FailNext(count, status));
    }

    /** The next call of {@code operationId} that the domain carries out (2xx) loses its answer as {@code how}. */
    public synchronized void loseNextAnswer(String operationId, LostAnswer how) {
        lostAnswers.put(operationId, how);
    }

    /** The next call of {@code operationId} that the domain carries out (2xx) is answered only after {@code hold}. */
    public synchronized void holdNextAnswer(String operationId, Duration hold) {
        holds.put(operationId, hold);
    }

    /** From now on, {@code field} is left out of every element of the {@code items} list {@code operationId} answers. */
    public synchronized void omitListedField(String operationId, String field) {
        omittedListFields.computeIfAbsent(operationId, id -> new LinkedHashSet<>()).add(field);
    }

    public synchronized void clear() {
        fields.clear();
        statuses.clear();
        failures.clear();
        lostAnswers.clear();
        holds.clear();
        omittedListFields.clear();
        rateLimit.set(0);
    }

    /** The status of a failure to inject into this call of {@code operationId}, counting it down. */
    synchronized Optional<Integer> takeFailure(String operationId) {
        FailNext next = failures.get(operationId);
        if (next == null) {
            return Optional.empty();
        }
        if (next.remaining() <= 1) {
            failures.remove(operationId);
        } else {
            failures.put(operationId, new FailNext(next.remaining() - 1, next.status()));
        }
        return Optional.of(next.status());
    }

    /**
     * {@code answered} as the client gets it: when the operation was carried out (2xx) and its answer is set to be
     * lost, a 500 or a reset connection instead (once); otherwise unchanged.
     */
    synchronized ApiResponse deliver(String operationId, ApiResponse answered) {
        if (answered.status() < 200 || answered.status() > 299) {
            return answered;
        }
        if (holds.containsKey(operationId)) {
            answered = answered.heldFor(holds.remove(operationId));
        }
        if (!lostAnswers.containsKey(operationId)) {
            return answered;
        }
        return switch (lostAnswers.remove(operationId)) {
            case SERVER_ERROR -> ErrorEnvelopes.injected(500, operationId);
            case CONNECTION_RESET -> ApiResponse.reset();
        };
    }

    /** {@code response} with this operation's field and status overrides applied (the body is copied first). */
    synchronized ApiResponse apply(String operationId, ApiResponse response) {
        Map<String, JsonNode> changes = fields.getOrDefault(operationId, Map.of());
        ObjectNode body = response.body().deepCopy();
        changes.forEach((pointer, value) -> change(body, JsonPointer.compile(pointer), value));
        Set<String> omitted = omittedListFields.getOrDefault(operationId, Set.of());
        if (!omitted.isEmpty() && body.get("items") instanceof ArrayNode items) {
            items.forEach(item -> {
                if (item instanceof ObjectNode object) {
                    object.remove(omitted);
                }
            });
        }
        ApiResponse changed = new ApiResponse(response.status(), response.headers(), body);
        Integer status = statuses.get(operationId);
        return status == null ? changed : changed.withStatus(status);
    }

    private static void change(ObjectNode root, JsonPointer pointer, JsonNode value) {
        JsonPointer last = pointer.last();
        JsonNode parent = root.at(pointer.head());
        if (value == null) {
            if (parent instanceof ObjectNode object) {
                object.remove(last.getMatchingProperty());
            } else if (parent instanceof ArrayNode array && last.getMatchingIndex() >= 0
                    && last.getMatchingIndex() < array.size()) {
                array.remove(last.getMatchingIndex());
            }
            return;
        }
        if (parent.isMissingNode()) {
            parent = root.withObject(pointer.head());
        }
        if (parent instanceof ObjectNode object) {
            object.set(last.getMatchingProperty(), value.deepCopy());
        } else if (parent instanceof ArrayNode array && last.getMatchingIndex() >= 0) {
            if (last.getMatchingIndex() < array.size()) {
                array.set(last.getMatchingIndex(), value.deepCopy());
            } else {
                array.add(value.deepCopy());
            }
        }
    }

    private record FailNext(int remaining, int status) {
    }
}
