package com.axys.golive.reconciliation;

import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.contract.ContractExchange;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.contract.ContractValidator;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real evidence bundle for reconciliation tests, written the way a run writes it: each raw exchange is validated
 * by the real contract validator, redacted by the real policy and recorded by the real {@link EvidenceRun}.
 */
final class MoneyBundle implements AutoCloseable {

    static final String API_KEY = "sk_test_reconciliation_0123456789";
    static final String RUN_ID = "20261126T100000Z-simulator-rec001";
    static final String BASE_URL = "https://127.0.0.1:8443/v2";
    static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    static final ScenarioContext SCENARIO = ScenarioContext.of("Money moves", "features/phase1/fixture.feature",
            List.of("@checklist:P1.INT.15"));

    private final EvidenceRun run;
    private final RedactionPolicy policy;

    private MoneyBundle(EvidenceRun run, RedactionPolicy policy) {
        this.run = run;
        this.policy = policy;
    }

    static MoneyBundle open(Path root) {
        SensitiveValues sensitive = new SensitiveValues();
        sensitive.add("api-key", API_KEY);
        return new MoneyBundle(EvidenceRun.open(root, RUN_ID, Clock.fixed(START, ZoneOffset.UTC),
                new RunMetadata("test", "simulator", BASE_URL, null, "", "wallets")), new RedactionPolicy(sensitive));
    }

    Path dir() {
        return run.dir();
    }

    /** Records one answered call; {@code requestBody} may be null. Returns its seq. */
    long call(String method, String pathAndQuery, String requestBody, int status, String responseBody) {
        long seq = run.nextSeq();
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>(headers);
        requestHeaders.put("X-API-Key", List.of(API_KEY));
        CapturedExchange raw = new CapturedExchange(seq, START.plusSeconds(seq), 9, method, BASE_URL + pathAndQuery,
                path, query, requestHeaders, requestBody, status, status < 0 ? Map.of() : headers,
                status < 0 ? "" : responseBody, status < 0 ? "java.net.SocketException: Connection reset" : null,
                false);
        ContractResult verdict = status < 0 ? ContractResult.skipped("transferFromWallet", "/wallets/transfer")
                : ContractValidator.fromClasspath().validate(new ContractExchange(method, path, query,
                        requestHeaders, requestBody, status, headers, responseBody, requestBody != null));
        run.record(policy.redact(raw), verdict, SCENARIO);
        return seq;
    }

    /** Records a call that got no answer, as the capture filter does: no contract operation, status -1. */
    long unanswered(String method, String path) {
        long seq = run.nextSeq();
        CapturedExchange raw = new CapturedExchange(seq, START.plusSeconds(seq), 9, method, BASE_URL + path, path, "",
                Map.of("X-API-Key", List.of(API_KEY)), null, -1, Map.of(), "",
                "java.net.SocketException: Connection reset", false);
        run.record(policy.redact(raw), ContractResult.skipped(null, null), SCENARIO);
        return seq;
    }

    long balance(long cardId, long ledger, long available) {
        return call("GET", "/cards/" + cardId + "/balance", null, 200, "{\"status\":\"success\",\"cardId\":" + cardId
                + ",\"ledgerBalance\":" + ledger + ",\"availableBalance\":" + available + "}");
    }

    long transfer(long cardId, long amount, String reference, int status, String answer) {
        return call("POST", "/wallets/transfer", "{\"sourceWalletId\":3301,\"destinationType\":1,\"destinationId\":"
                + cardId + ",\"amount\":" + amount + ",\"description\":\"" + reference + "\"}", status, answer);
    }

    static String made(long transId) {
        return "{\"status\":\"success\",\"transId\":" + transId + ",\"transStatus\":1}";
    }

    static String error(int status, String code) {
        return "{\"status\":\"error\",\"message\":\"simulated\",\"code\":\"" + code + "\"}";
    }

    /** A list envelope around {@code items} (each a JSON object). */
    static String list(String... items) {
        return "{\"status\":\"success\",\"items\":[" + String.join(",", items) + "],\"total\":" + items.length
                + ",\"limit\":50,\"offset\":0}";
    }

    static String transaction(long cardId, String transId, String authRefNum, String amount, int status) {
        return "{\"cardId\":" + cardId + ",\"transId\":\"" + transId + "\",\"authRefNum\":\"" + authRefNum
                + "\",\"amount\":\"" + amount + "\",\"description\":\"Corner Cafe\",\"dateCreated\":"
                + "\"2026-11-26T10:00:00Z\",\"status\":" + status + "}";
    }

    static String fee(long cardId, String authRefNum, String amount, String feeType) {
        return "{\"cardId\":" + cardId + ",\"authRefNum\":\"" + authRefNum + "\",\"amount\":\"" + amount
                + "\",\"merchantAmount\":\"40.00\",\"feeType\":\"" + feeType + "\",\"dateCreated\":"
                + "\"2026-11-26T10:00:00Z\"}";
    }

    static String movement(long transId, long cardId, long amount, String reference) {
        return "{\"transId\":" + transId + ",\"walletId\":3301,\"destinationType\":1,\"destinationId\":" + cardId
                + ",\"amount\":" + amount + ",\"description\":\"" + reference + "\",\"transStatus\":1,"
                + "\"dateCreated\":\"2026-11-26T10:00:00Z\"}";
    }

    @Override
    public void close() {
        run.close();
    }
}
