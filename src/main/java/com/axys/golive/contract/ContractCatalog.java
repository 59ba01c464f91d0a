package com.axys.golive.contract;

import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operations of the contract with their statuses and provenance, and every inferred fact derived from the
 * {@code x-source}/{@code x-reason} marks (nothing is hand-listed here). Feeds the contract coverage matrix
 * (operation x status) and the drift report. Immutable and thread-safe; {@link #fromClasspath()} parses once.
 */
public final class ContractCatalog {

    /** The {@link InferredFact#operationId()} of facts that belong to shared error responses, not one operation. */
    public static final String CONTRACT_WIDE = "*";

    private static final Object LOCK = new Object();
    private static volatile ContractCatalog shared;

    private final ContractDocument document;
    private final List<ContractOperation> operations;
    private final Map<String, ContractOperation> byId;
    private final Map<String, ContractOperation> byEndpoint;
    private final List<InferredFact> contractWideFacts;
    private final ApiOperationResolver resolver;

    private ContractCatalog(ContractDocument document) {
        this.document = document;
        CatalogReader reader = new CatalogReader(document);
        this.operations = List.copyOf(reader.operations());
        this.contractWideFacts = reader.contractWideFacts();
        this.byId = index(operations, ContractOperation::operationId);
        this.byEndpoint = index(operations, ContractOperation::endpoint);
        this.resolver = new ApiOperationResolver(document.api(), "/", false);
    }

    /**
     * The catalog of {@code contract/axys-v2.yaml}, parsed on first use and shared afterwards.
     *
     * @throws IllegalStateException when the contract is missing, does not parse, or lacks a provenance mark
     */
    public static ContractCatalog fromClasspath() {
        ContractCatalog catalog = shared;
        if (catalog == null) {
            synchronized (LOCK) {
                catalog = shared;
                if (catalog == null) {
                    catalog = new ContractCatalog(ContractDocument.fromClasspath());
                    shared = catalog;
                }
            }
        }
        return catalog;
    }

    static ContractCatalog of(ContractDocument document) {
        return new ContractCatalog(Objects.requireNonNull(document, "document"));
    }

    /** Every operation, in contract order (including the deprecated ones). */
    public List<ContractOperation> operations() {
        return operations;
    }

    public Optional<ContractOperation> find(String operationId) {
        return Optional.ofNullable(byId.get(operationId));
    }

    /**
     * The operation that serves a concrete call, e.g. {@code GET /cards/8821/balance} gives getCardBalance and
     * {@code GET /cards/transactions} gives listCardTransactions (a literal segment beats a template).
     *
     * @param path relative to the base URL, without {@code /v2} and without the query string
     */
    public Optional<ContractOperation> resolve(String method, String path) {
        Optional<Request.Method> verb = verb(method);
        if (verb.isEmpty() || path == null) {
            return Optional.empty();
        }
        ApiOperationMatch match = resolver.findApiOperation(path, verb.get());
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            return Optional.empty();
        }
        String template = match.getApiOperation().getApiPath().original();
        return Optional.ofNullable(byEndpoint.get(verb.get().name() + " " + template));
    }

    /** Every inferred fact: each operation's, in contract order, then the contract-wide ones. */
    public List<InferredFact> inferredFacts() {
        List<InferredFact> facts = new ArrayList<>();
        operations.forEach(operation -> facts.addAll(operation.inferredFacts()));
        facts.addAll(contractWideFacts);
        return List.copyOf(facts);
    }

    ContractDocument document() {
        return document;
    }

    /** Why {@code method path} has no operation: unknown path, or which methods that path does allow. */
    String noOperationMessage(String method, String path) {
        String call = method + " " + path;
        if (path != null && (path.equals("/v2") || path.startsWith("/v2/"))) {
            return "no operation in the contract for " + call + "; paths are relative to the base URL, drop /v2";
        }
        TreeSet<String> allowed = new TreeSet<>();
        String template = null;
        for (Request.Method candidate : Request.Method.values()) {
            ApiOperationMatch match = resolver.findApiOperation(path, candidate);
            if (match.isPathFound() && match.isOperationAllowed()) {
                allowed.add(candidate.name());
                template = match.getApiOperation().getApiPath().original();
            }
        }
        if (template == null) {
            return "no operation in the contract for " + call;
        }
        return "no operation in the contract for " + call + " (" + template + " allows " + String.join(", ", allowed)
                + ")";
    }

    private static Optional<Request.Method> verb(String method) {
        if (method == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Request.Method.valueOf(method.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, ContractOperation> index(List<ContractOperation> operations,
                                                        Function<ContractOperation, String> key) {
        return operations.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> {
            throw new IllegalStateException(ContractDocument.RESOURCE + ": '" + key.apply(first) + "' is defined"
                    + " twice; every operationId and method+path must be unique");
        }, LinkedHashMap::new));
    }
}
