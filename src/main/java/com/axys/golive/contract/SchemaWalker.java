package com.axys.golive.contract;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Walks one request or response schema (through {@code $ref}, {@code allOf}/{@code anyOf}/{@code oneOf} and array
 * items), checks that every property carries {@code x-source}, and turns each inferred mark into a fact.
 * A property that is a bare {@code $ref} loses its marks in OpenAPI 3.0, so it is reported as unmarked.
 */
final class SchemaWalker {

    private final ContractDocument document;
    private final String operationId;
    private final String idPrefix;
    private final String scope;
    private final FactSink sink;

    /**
     * @param operationId the owner of the facts ({@link ContractCatalog#CONTRACT_WIDE} for shared responses)
     * @param idPrefix    e.g. {@code getCard.response.200}
     * @param scope       e.g. {@code 200 response} or {@code request}
     */
    SchemaWalker(ContractDocument document, String operationId, String idPrefix, String scope, FactSink sink) {
        this.document = document;
        this.operationId = operationId;
        this.idPrefix = idPrefix;
        this.scope = scope;
        this.sink = sink;
    }

    void walkBody(Schema<?> schema, String owner) {
        visit(schema, "", owner, new ArrayDeque<>());
    }

    void walkHeaders(Map<String, Header> headers, String owner) {
        if (headers == null) {
            return;
        }
        headers.forEach((name, declared) -> {
            Header header = document.resolve(declared);
            String where = owner + " header '" + name + "'";
            Provenance source = Provenance.of(header.getExtensions(), where);
            String reason = Provenance.reason(source, header.getExtensions(), where);
            if (source == Provenance.INFERRED) {
                sink.add(idPrefix + ".header." + name, operationId, label() + " header '" + name + "'", reason);
            }
        });
    }

    private void visit(Schema<?> schema, String path, String owner, Deque<String> refs) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() == null) {
            visitNode(schema, path, owner, refs, null);
            return;
        }
        String component = ContractDocument.componentName(schema.get$ref());
        if (refs.contains(component)) {
            return;
        }
        refs.push(component);
        visitNode(document.resolve(schema), path, "schema '" + component + "'", refs, component);
        refs.pop();
    }

    private void visitNode(Schema<?> schema, String path, String owner, Deque<String> refs, String component) {
        if (component != null && schema.getExtensions() != null
                && schema.getExtensions().containsKey(Provenance.SOURCE_KEY)) {
            markedSchema(schema, path, owner, component);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                markedProperty(property, fieldPath, owner + " property '" + name + "'");
                visit(property, fieldPath, owner, refs);
            });
        }
        visit(schema.getItems(), path + "[]", owner, refs);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .forEach(member -> visit(member, path, owner, refs));
    }

    private void markedProperty(Schema<?> property, String fieldPath, String where) {
        if (property.get$ref() != null) {
            throw new IllegalStateException(ContractDocument.RESOURCE + ": " + where + " is a bare $ref, whose"
                    + " x-source OpenAPI 3.0 drops; write it as 'allOf: [{$ref: ...}]' and mark the property");
        }
        Provenance source = Provenance.of(property.getExtensions(), where);
        String reason = Provenance.reason(source, property.getExtensions(), where);
        if (source == Provenance.INFERRED) {
            sink.add(idPrefix + "." + fieldPath, operationId, label() + " field '" + fieldPath + "'", reason);
        }
    }

    private void markedSchema(Schema<?> schema, String path, String owner, String component) {
        Provenance source = Provenance.of(schema.getExtensions(), owner);
        String reason = Provenance.reason(source, schema.getExtensions(), owner);
        if (source == Provenance.INFERRED) {
            String what = schema.getDescription() == null ? "schema " + component : schema.getDescription().strip();
            String id = idPrefix + (path.isEmpty() ? "" : "." + path) + "." + component;
            sink.add(id, operationId, label() + ": " + what, reason);
        }
    }

    private String label() {
        String owner = ContractCatalog.CONTRACT_WIDE.equals(operationId) ? "any operation" : operationId;
        return owner + ": " + scope;
    }
}
