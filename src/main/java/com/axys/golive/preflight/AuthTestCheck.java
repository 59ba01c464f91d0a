package com.axys.golive.preflight;

import com.axys.golive.HarnessException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.restassured.response.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The auth test (P2.NET.06, Phase 3 test 1): {@code GET /cardholders} with certificate, key and API key must answer
 * 200 with the list envelope. A refusal is classified: no HTTP answer (handshake refused, unreachable), 401 (API
 * key), 403 "No Authorised IPs configured" (allowlist or FCrDNS, told apart with the FCrDNS result above), other.
 */
final class AuthTestCheck implements PreflightCheck {

    static final String NAME = "auth test";
    static final List<String> IDS = List.of("P2.NET.06", "P3.01");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String target;
    private final AuthenticatedCall call;

    /** @param target how messages name the target, e.g. {@code staging (https://staging.api.axyscards.com/v2)} */
    AuthTestCheck(String target, AuthenticatedCall call) {
        this.target = Objects.requireNonNull(target, "target");
        this.call = Objects.requireNonNull(call, "call");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> checklistIds() {
        return IDS;
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        Optional<CheckResult> unusable = earlier.stream().filter(CheckResult::failed)
                .filter(r -> r.covers("P2.CERT.03") || r.covers("P2.CERT.04")).findFirst();
        if (unusable.isPresent()) {
            return CheckResult.skip(this, "not attempted: '" + unusable.get().check() + "' failed above, and Axys"
                    + " would refuse the TLS handshake");
        }
        Response response;
        try {
            response = call.listCardholders();
        } catch (HarnessException expected) {
            return CheckResult.fail(this, expected.getMessage());
        } catch (Exception noAnswer) {
            MessageParts why = NoAnswer.explain(noAnswer, target);
            return CheckResult.fail(this, why.what(), why.fix());
        }
        return judge(response.statusCode(), body(response), earlier);
    }

    private CheckResult judge(int status, JsonNode body, List<CheckResult> earlier) {
        String message = body.path("message").asText("");
        String answered = "GET /cardholders answered " + status + (message.isEmpty() ? "" : " \"" + message + "\"");
        if (status == 200 && "success".equals(body.path("status").asText()) && body.path("items").isArray()) {
            return CheckResult.pass(this, "GET /cardholders answered 200 with the list envelope (total "
                    + body.path("total").asText("?") + ")");
        }
        return switch (status) {
            case 200 -> CheckResult.fail(this, answered + " but not the list envelope", "Axys answers {status:"
                    + " success, items, total, limit, offset}: check --target is the Axys base URL ending in /v2");
            case 401 -> CheckResult.fail(this, answered + ": the X-API-Key was refused", "give the Program-level API"
                    + " key of this environment (each environment and scope has its own) with AXYS_API_KEY or"
                    + " --api-key");
            case 403 -> message.contains("No Authorised IPs") ? noAuthorisedIps(answered, earlier)
                    : CheckResult.fail(this, answered, "check the Program's permissions with Axys; raise a support"
                    + " ticket if it persists");
            case 404 -> CheckResult.fail(this, answered, "check --target: the base URL must end in /v2");
            default -> CheckResult.fail(this, answered, status == 429 || status >= 500
                    ? "already retried with backoff: wait a few minutes and run preflight again; raise a support"
                    + " ticket if it persists" : "look at the call in the evidence bundle and compare with the docs");
        };
    }

    /** The two causes of this 403 give the same answer; the FCrDNS result above says which is likely. */
    private CheckResult noAuthorisedIps(String answered, List<CheckResult> earlier) {
        Optional<CheckStatus> fcrdns = earlier.stream().filter(r -> r.covers("P2.NET.05")).map(CheckResult::status)
                .findFirst();
        String fix = switch (fcrdns.orElse(CheckStatus.SKIP)) {
            case PASS -> "FCrDNS passed above, so the likely cause is (a): submit this host's calling IP for"
                    + " allowlisting via Account Management (P2.NET.02) and wait for it to apply";
            case FAIL -> "FCrDNS failed above: fix it first (see its row), then check that the calling IP is"
                    + " allowlisted in Account Management";
            default -> "check both: the calling IP is allowlisted in Account Management, and FCrDNS with"
                    + " --calling-ip <this host's public IP> from a host with DNS";
        };
        return CheckResult.fail(this, answered + ": (a) the calling IP is not on the allowlist, or (b) FCrDNS failed",
                fix).withNotes(List.of("cause (a): the calling IP is not on the Program's allowlist (Account"
                        + " Management)", "cause (b): FCrDNS failed: " + fcrdns.map(s -> "the FCrDNS row above is "
                        + s).orElse("not checked here")));
    }

    private static JsonNode body(Response response) {
        try {
            String text = response.asString();
            return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (Exception notJson) {
            return MissingNode.getInstance();
        }
    }
}
