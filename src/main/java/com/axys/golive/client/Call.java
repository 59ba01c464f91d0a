package com.axys.golive.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * One call's shape, shared by the typed APIs: method, path template with its values, optional query and JSON body.
 * Bodies are serialised here, once, so capture sees exactly the bytes that are sent.
 */
final class Call {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AxysClient client;

    Call(AxysClient client) {
        this.client = client;
    }

    Response send(Method method, String path, Map<String, ?> query, Object body, Object... pathValues) {
        return client.retries().send(method.name(), path,
                () -> prepared(method, query, body).request(method, path, pathValues).then().extract().response());
    }

    private RequestSpecification prepared(Method method, Map<String, ?> query, Object body) {
        RequestSpecification request = client.request();
        if (query != null && !query.isEmpty()) {
            request.queryParams(query);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body instanceof String s ? s : json(body));
        }
        return request;
    }

    private static String json(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
