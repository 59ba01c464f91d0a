package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.axys.golive.contract.ContractExchange;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.contract.ContractValidator;
import java.util.List;
import java.util.Map;

/**
 * A call to the running simulator whose answer (and, unless deliberately invalid, whose request) must satisfy the
 * shipped contract: the harness fails a scenario on any contract violation, so the simulator's tests do the same.
 */
final class ContractCheckedCalls {

    private ContractCheckedCalls() {
    }

    static TestClient.Reply send(TestClient client, String method, String pathAndQuery, Object body,
                                 boolean validRequest) {
        TestClient.Reply reply = client.send(method, pathAndQuery, body, TestClient.API_KEY);
        int q = pathAndQuery.indexOf('?');
        String requestBody = body == null ? null : TestClient.JSON.valueToTree(body).toString();
        ContractResult verdict = ContractValidator.fromClasspath().validate(new ContractExchange(method,
                q < 0 ? pathAndQuery : pathAndQuery.substring(0, q), q < 0 ? "" : pathAndQuery.substring(q + 1),
                Map.of("Content-Type", List.of("application/json")), requestBody, reply.status(),
                Map.of("Content-Type", List.of("application/json")), reply.body().toString(), validRequest));
        assertThat(verdict.violations()).as("contract violations of %s %s -> %s", method, pathAndQuery, reply)
                .isEmpty();
        return reply;
    }
}
