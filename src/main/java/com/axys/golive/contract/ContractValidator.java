package com.axys.golive.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validates exchanges against {@code contract/axys-v2.yaml} with swagger-request-validator. Immutable and
 * thread-safe: build it once ({@link #fromClasspath()} caches it) and call {@link #validate} on every HTTP call.
 *
 * <p>What counts as a violation:
 * <ul>
 *   <li>a call no operation of the contract serves;</li>
 *   <li>a response status the operation does not list;</li>
 *   <li>a response body or header that breaks its schema: a missing required field, a wrong type, a value outside
 *       an enum, pattern or length;</li>
 *   <li>with {@link ContractExchange#validateRequest()} only: the same for the request's body and parameters.</li>
 * </ul>
 * Not violations, by design: unknown fields, in responses (the API promises additive change) and in requests
 * alike (the library's additionalProperties injection is off); unknown query parameters (the library's default);
 * the {@code X-API-Key} security requirement (the server checks the key; negative tests omit it on purpose).
 */
public final class ContractValidator {

    private static final Object LOCK = new Object();
    private static volatile ContractValidator shared;

    private final ContractCatalog catalog;
    private final OpenApiInteractionValidator validator;

    private ContractValidator(ContractCatalog catalog) {
        this.catalog = catalog;
        this.validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(catalog.document().text())
                .withBasePathOverride("/")
                .withLevelResolver(levels())
                .build();
    }

    /**
     * The validator of the shipped contract, built on first use and shared afterwards.
     *
     * @throws IllegalStateException when the contract is missing, does not parse, or lacks a provenance mark
     */
    public static ContractValidator fromClasspath() {
        ContractValidator instance = shared;
        if (instance == null) {
            synchronized (LOCK) {
                instance = shared;
                if (instance == null) {
                    instance = new ContractValidator(ContractCatalog.fromClasspath());
                    shared = instance;
                }
            }
        }
        return instance;
    }

    static ContractValidator of(ContractCatalog catalog) {
        return new ContractValidator(Objects.requireNonNull(catalog, "catalog"));
    }

    /** The operations and facts of the contract this validator checks against. */
    public ContractCatalog catalog() {
        return catalog;
    }

    /** Judges one exchange; never throws for a bad exchange, only reports it. */
    public ContractResult validate(ContractExchange exchange) {
        Objects.requireNonNull(exchange, "exchange");
        Optional<ContractOperation> resolved = catalog.resolve(exchange.method(), exchange.path());
        if (resolved.isEmpty()) {
            return ContractResult.fail(null, null,
                    List.of(catalog.noOperationMessage(exchange.method(), exchange.path())));
        }
        ContractOperation operation = resolved.get();
        if (!exchange.hasResponse()) {
            return ContractResult.skipped(operation.operationId(), operation.pathTemplate());
        }
        Set<String> violations = new LinkedHashSet<>();
        if (operation.response(exchange.status()).isEmpty()) {
            violations.add(operation.operationId() + " answered " + exchange.status()
                    + ", which the contract does not list (it lists " + operation.statuses() + ")");
        }
        violations.addAll(libraryViolations(operation, exchange));
        return violations.isEmpty() ? ContractResult.pass(operation.operationId(), operation.pathTemplate())
                : ContractResult.fail(operation.operationId(), operation.pathTemplate(), new ArrayList<>(violations));
    }

    private List<String> libraryViolations(ContractOperation operation, ContractExchange exchange) {
        ValidationReport report;
        try {
            report = exchange.validateRequest()
                    ? validator.validate(ExchangeAdapter.request(exchange), ExchangeAdapter.response(exchange))
                    : validator.validateResponse(exchange.path(), ExchangeAdapter.method(exchange),
                            ExchangeAdapter.response(exchange));
        } catch (RuntimeException e) {
            return List.of(operation.operationId() + ": the contract validator could not judge this exchange ("
                    + e.getClass().getSimpleName() + "); report it as a harness defect");
        }
        ViolationFormatter formatter = new ViolationFormatter(operation.operationId(), exchange.status());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .flatMap(message -> formatter.describe(message).stream())
                .toList();
    }

    private static LevelResolver levels() {
        return LevelResolver.create()
                .withDefaultLevel(ValidationReport.Level.ERROR)
                // Off: the library would inject additionalProperties:false into every schema.
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.security.invalid", ValidationReport.Level.IGNORE)
                // Reported by validate() itself, with the statuses the operation does list.
                .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                .build();
    }
}
