package com.axys.golive.client;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** Removes the X-API-Key header from requests marked to go without it (the "missing API key" negative). */
final class OmitApiKeyFilter implements OrderedFilter {

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 10;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        if (request.getHeaders().hasHeaderWithName(AxysClient.OMIT_API_KEY_HEADER)) {
            request.removeHeader(AxysClient.OMIT_API_KEY_HEADER);
            request.removeHeader("X-API-Key");
        }
        return ctx.next(request, response);
    }
}
