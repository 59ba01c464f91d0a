package com.axys.golive.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the validator library's messages into one-line violations that name the operation, the location, the
 * field and the rule: {@code getCardholder 200 response: cardholder.status: expected integer, got string}.
 * Field paths come from the message's JSON pointer; rules are stated by {@link SchemaRule}, which never echoes a
 * body value.
 */
final class ViolationFormatter {

    private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '([^']*)'\\]\\s*");
    private static final Pattern REQUIRED = Pattern.compile("missing required properties \\(\\[(.*)\\]\\)");
    private static final Pattern HEADER = Pattern.compile("Header '([^']+)'");

    private final String operationId;
    private final int status;

    ViolationFormatter(String operationId, int status) {
        this.operationId = operationId;
        this.status = status;
    }

    /** One or more violations (a missing-fields message yields one per field). */
    List<String> describe(ValidationReport.Message message) {
        String scope = message.getKey().startsWith("validation.request") ? operationId + " request"
                : operationId + " " + status + " response";
        return rules(message).stream().map(rule -> scope + ": " + rule).toList();
    }

    private List<String> rules(ValidationReport.Message message) {
        String key = message.getKey();
        String keyword = key.substring(key.lastIndexOf('.') + 1);
        String text = message.getMessage() == null ? "" : message.getMessage();
        if (key.endsWith(".schema.allOf") && !message.getNestedMessages().isEmpty()) {
            return message.getNestedMessages().stream().flatMap(nested -> rules(nested).stream()).toList();
        }
        if (key.endsWith(".schema.anyOf") || key.endsWith(".schema.oneOf")) {
            List<String> alternatives = message.getNestedMessages().stream()
                    .flatMap(nested -> rules(nested).stream()).toList();
            return List.of(target(message) + ": must match one of its alternatives"
                    + (alternatives.isEmpty() ? "" : ": " + String.join(" | ", alternatives)));
        }
        if (key.endsWith(".schema.invalidJson")) {
            return List.of(target(message) + " is not valid JSON");
        }
        if (key.endsWith(".schema.required")) {
            return required(message, text);
        }
        if (key.contains(".schema.")) {
            return List.of(target(message) + ": " + SchemaRule.describe(keyword, strip(text)));
        }
        return List.of(plain(key, text));
    }

    private List<String> required(ValidationReport.Message message, String text) {
        Matcher matcher = REQUIRED.matcher(text);
        if (!matcher.find()) {
            return List.of(target(message) + ": " + SchemaRule.describe("required", strip(text)));
        }
        String parent = field(pointer(message));
        List<String> missing = new ArrayList<>();
        for (String name : SchemaRule.unquote(matcher.group(1)).split(",")) {
            String field = parent.isEmpty() ? name.strip() : parent + "." + name.strip();
            missing.add("missing required field '" + field + "'");
        }
        return missing;
    }

    private static String plain(String key, String text) {
        return switch (key) {
            case "validation.request.body.missing" -> "body: required by the contract but none was sent";
            case "validation.request.body.unexpected" -> "body: the contract expects none but one was sent";
            case "validation.response.body.missing" -> "body: required by the contract but none was received";
            case "validation.response.body.unexpected" -> "body: the contract expects none but one was received";
            case "validation.response.header.missing" -> {
                Matcher matcher = HEADER.matcher(text);
                yield "missing required header '" + (matcher.find() ? matcher.group(1) : "?") + "'";
            }
            default -> text;
        };
    }

    /** What a schema message is about: a field, {@code body}, a parameter or a response header. */
    private String target(ValidationReport.Message message) {
        String key = message.getKey();
        Optional<ValidationReport.MessageContext> context = message.getContext();
        if (key.startsWith("validation.request.parameter.")) {
            Optional<Parameter> parameter = context.flatMap(ValidationReport.MessageContext::getParameter);
            return parameter.map(p -> p.getIn() + " parameter '" + p.getName() + "'").orElse("a parameter");
        }
        if (key.startsWith("validation.response.header.")) {
            Map<String, ?> headers = context.flatMap(ValidationReport.MessageContext::getApiResponseDefinition)
                    .map(ApiResponse::getHeaders).orElse(Map.of());
            return headers.size() == 1 ? "header '" + headers.keySet().iterator().next() + "'" : "a response header";
        }
        String field = field(pointer(message));
        return field.isEmpty() ? "body" : field;
    }

    private static String pointer(ValidationReport.Message message) {
        Optional<String> fromContext = message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance);
        if (fromContext.isPresent()) {
            return fromContext.get();
        }
        Matcher matcher = PATH_PREFIX.matcher(message.getMessage() == null ? "" : message.getMessage());
        return matcher.find() ? matcher.group(1) : "";
    }

    /** JSON pointer {@code /items/0/cryptoAddresses/1/chain} to {@code items[0].cryptoAddresses[1].chain}. */
    static String field(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        StringBuilder field = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+") && field.length() > 0) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.length() > 0 ? "." : "").append(name);
            }
        }
        return field.toString();
    }

    private static String strip(String text) {
        return PATH_PREFIX.matcher(text).replaceFirst("");
    }
}
