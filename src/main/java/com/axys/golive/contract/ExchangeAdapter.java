package com.axys.golive.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link ContractExchange} into the validator library's request and response models. */
final class ExchangeAdapter {

    private ExchangeAdapter() {
    }

    static Request.Method method(ContractExchange exchange) {
        return Request.Method.valueOf(exchange.method());
    }

    static SimpleRequest request(ContractExchange exchange) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method(exchange), exchange.path());
        exchange.requestHeaders().forEach(builder::withHeader);
        query(exchange.query()).forEach(builder::withQueryParam);
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            builder.withBody(exchange.requestBody());
        }
        return builder.build();
    }

    static SimpleResponse response(ContractExchange exchange) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(builder::withHeader);
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            builder.withBody(exchange.responseBody());
        }
        return builder.build();
    }

    /** {@code a=1&b=x%20y&a=2} to {a: [1, 2], b: [x y]}; a name without {@code =} has the value "". */
    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // a negative test may send a broken %-escape on purpose: validate what was sent
        }
    }
}
