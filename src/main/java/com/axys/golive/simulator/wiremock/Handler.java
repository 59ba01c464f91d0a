package com.axys.golive.simulator.wiremock;

import com.axys.golive.simulator.domain.Result;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs one operation on the domain and renders its success payload (the fields beside {@code status}). */
@FunctionalInterface
interface Handler {
    Result<ObjectNode> handle(Call call);
}
