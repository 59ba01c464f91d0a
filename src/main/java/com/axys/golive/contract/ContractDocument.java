package com.axys.golive.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The contract's text and its parsed model, with {@code $ref}s kept (so that shared components stay recognisable).
 * Parsing is strict: any message from swagger-parser is a broken contract.
 */
final class ContractDocument {

    static final String RESOURCE = "contract/axys-v2.yaml";

    private final String text;
    private final OpenAPI api;

    private ContractDocument(String text, OpenAPI api) {
        this.text = text;
        this.api = api;
    }

    static ContractDocument fromClasspath() {
        try (InputStream in = ContractDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("contract resource '" + RESOURCE + "' is not on the classpath;"
                        + " it ships in src/main/resources/contract, rebuild the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contract resource '" + RESOURCE + "'", e);
        }
    }

    static ContractDocument parse(String text) {
        Objects.requireNonNull(text, "text");
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, new ParseOptions());
        if (result.getOpenAPI() == null || result.getMessages() != null && !result.getMessages().isEmpty()) {
            throw new IllegalStateException("contract '" + RESOURCE + "' does not parse as OpenAPI 3.0: "
                    + result.getMessages() + "; fix the YAML");
        }
        return new ContractDocument(text, result.getOpenAPI());
    }

    String text() {
        return text;
    }

    OpenAPI api() {
        return api;
    }

    /** Follows a {@code #/components/schemas/X} reference; returns other schemas unchanged. */
    Schema<?> resolve(Schema<?> schema) {
        return schema.get$ref() == null ? schema : component(api.getComponents().getSchemas(), schema.get$ref());
    }

    ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null ? response
                : component(api.getComponents().getResponses(), response.get$ref());
    }

    Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : component(api.getComponents().getParameters(), parameter.get$ref());
    }

    Header resolve(Header header) {
        return header.get$ref() == null ? header : component(api.getComponents().getHeaders(), header.get$ref());
    }

    /** {@code Cardholder} for {@code #/components/schemas/Cardholder}. */
    static String componentName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static <T> T component(Map<String, T> components, String ref) {
        T found = components == null ? null : components.get(componentName(ref));
        if (found == null) {
            throw new IllegalStateException("contract '" + RESOURCE + "' refers to " + ref
                    + ", which it does not define; add the component or fix the $ref");
        }
        return found;
    }
}
