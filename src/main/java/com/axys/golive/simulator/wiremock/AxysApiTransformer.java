package com.axys.golive.simulator.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The WireMock extension: turns the served request into an {@link ApiRequest} and the answer into JSON, or into
 * WireMock's connection-reset fault when the answer is to be lost; an answer held back uses WireMock's fixed delay.
 */
final class AxysApiTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "axys-api";

    private final ApiDispatcher dispatcher;

    AxysApiTransformer(ApiDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        ApiResponse response = dispatcher.dispatch(new ApiRequest(request.getMethod().getName(), request.getUrl(),
                request.getHeader("X-API-Key"), request.getBodyAsString()));
        if (response.connectionReset()) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        List<HttpHeader> headers = new ArrayList<>();
        headers.add(new HttpHeader("Content-Type", "application/json"));
        response.headers().forEach((name, value) -> headers.add(new HttpHeader(name, value)));
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withHeaders(new HttpHeaders(headers))
                .withBody(Json.write(response.body()))
                .withFixedDelay(response.delay().isZero() ? null : Math.toIntExact(response.delay().toMillis()))
                .build();
    }
}
