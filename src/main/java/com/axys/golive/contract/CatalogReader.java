package com.axys.golive.contract;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the operations of the contract in document order, checks their provenance marks and derives every
 * inferred fact. Facts of shared error responses ({@code components/responses}) are read once, contract-wide.
 */
final class CatalogReader {

    private static final String JSON = "application/json";

    private final ContractDocument document;
    private final FactSink contractWide = new FactSink();
    private final Set<String> sharedResponsesRead = new HashSet<>();

    CatalogReader(ContractDocument document) {
        this.document = document;
    }

    List<ContractOperation> operations() {
        List<ContractOperation> operations = new ArrayList<>();
        document.api().getPaths().forEach((template, item) -> item.readOperationsMap().forEach(
                (method, operation) -> operations.add(read(template, item, method.name(), operation))));
        return operations;
    }

    List<InferredFact> contractWideFacts() {
        return contractWide.facts();
    }

    private ContractOperation read(String template, PathItem item, String method, Operation operation) {
        String id = operation.getOperationId();
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(ContractDocument.RESOURCE + ": " + method + " " + template
                    + " has no operationId; add the one docs/api-decisions.md names");
        }
        String where = "operation " + id;
        Provenance source = Provenance.of(operation.getExtensions(), where);
        String reason = Provenance.reason(source, operation.getExtensions(), where);
        FactSink facts = new FactSink();
        if (source == Provenance.INFERRED) {
            facts.add(id + ".operation", id, id + ": " + method + " " + template + " exists", reason);
        }
        readParameters(id, item.getParameters(), facts);
        readParameters(id, operation.getParameters(), facts);
        if (operation.getRequestBody() != null) {
            MediaType body = operation.getRequestBody().getContent().get(JSON);
            if (body != null) {
                new SchemaWalker(document, id, id + ".request", "request", facts)
                        .walkBody(body.getSchema(), where + " request body");
            }
        }
        List<ContractResponse> responses = new ArrayList<>();
        operation.getResponses().forEach((code, declared) ->
                responses.add(readResponse(id, code, declared, facts)));
        responses.sort(Comparator.comparingInt(ContractResponse::status));
        return new ContractOperation(id, method.toUpperCase(Locale.ROOT), template,
                Boolean.TRUE.equals(operation.getDeprecated()), source, reason, responses, facts.facts());
    }

    private void readParameters(String id, List<Parameter> parameters, FactSink facts) {
        if (parameters == null) {
            return;
        }
        for (Parameter declared : parameters) {
            Parameter parameter = document.resolve(declared);
            String where = "operation " + id + " parameter '" + parameter.getName() + "'";
            Provenance source = Provenance.of(parameter.getExtensions(), where);
            String reason = Provenance.reason(source, parameter.getExtensions(), where);
            if (source == Provenance.INFERRED) {
                facts.add(id + ".parameter." + parameter.getName(), id,
                        id + ": " + parameter.getIn() + " parameter '" + parameter.getName() + "'", reason);
            }
        }
    }

    private ContractResponse readResponse(String id, String code, ApiResponse declared, FactSink facts) {
        if (!code.matches("[1-5]\\d\\d")) {
            throw new IllegalStateException(ContractDocument.RESOURCE + ": operation " + id + " lists response '"
                    + code + "'; list explicit HTTP statuses only, so that undocumented statuses stay violations");
        }
        int status = Integer.parseInt(code);
        ApiResponse response = document.resolve(declared);
        String where = "operation " + id + " response " + code;
        Provenance source = Provenance.of(response.getExtensions(), where);
        String reason = Provenance.reason(source, response.getExtensions(), where);
        String description = response.getDescription() == null ? "" : response.getDescription().strip();
        if (source == Provenance.INFERRED) {
            String statement = status < 300 ? "success status is " + code : "may answer " + code + " (" + description + ")";
            facts.add(id + ".status." + code, id, id + ": " + statement, reason);
        }
        if (declared.get$ref() == null) {
            readResponseContent(response, id, id + ".response." + code, code + " response", facts, where);
        } else if (sharedResponsesRead.add(ContractDocument.componentName(declared.get$ref()))) {
            readResponseContent(response, ContractCatalog.CONTRACT_WIDE, ContractCatalog.CONTRACT_WIDE + ".response."
                    + code, code + " response", contractWide, "response " + declared.get$ref());
        }
        return new ContractResponse(status, source, reason, description);
    }

    private void readResponseContent(ApiResponse response, String owner, String idPrefix, String scope,
                                     FactSink facts, String where) {
        SchemaWalker walker = new SchemaWalker(document, owner, idPrefix, scope, facts);
        walker.walkHeaders(response.getHeaders(), where);
        if (response.getContent() != null && response.getContent().get(JSON) != null) {
            walker.walkBody(response.getContent().get(JSON).getSchema(), where + " body");
        }
    }
}
