package com.axys.golive.bench;

import com.axys.golive.contract.ContractResult;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import com.axys.golive.verification.BundleVerifier;
import com.axys.golive.verification.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The evidence pipeline at scale: N mixed captured calls (card details with a PAN of their own, so the policy
 * learns a new secret every third call; a cardholder list; a refusal) redacted and written through
 * {@link EvidenceRun}, then the bundle closed and verified. Prints records per second, the heap in use and the
 * verify time. Not a test: run with a small heap to see whether it holds, e.g.
 * {@code MAVEN_OPTS=-Xmx256m ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.axys.golive.bench.EvidenceSoakBenchmark
 * -Dexec.classpathScope=test -Dexec.args="1000000 3"}: calls, and calls per new card (3, the harshest: every
 * card-details call shows a PAN not seen before).
 */
public final class EvidenceSoakBenchmark {

    private static final ScenarioContext SCENARIO = new ScenarioContext("soak", "features/soak.feature",
            List.of("@checklist:P1.CARD.03"), List.of("P1.CARD.03"));

    private EvidenceSoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perCard = args.length > 1 ? Integer.parseInt(args[1]) : 3; // calls per new card (a PAN to learn)
        Path root = Files.createTempDirectory("golive-soak-");
        RedactionPolicy policy = new RedactionPolicy(new SensitiveValues());
        EvidenceRun run = EvidenceRun.open(root, "20261204T000000Z-simulator-50a450", Clock.systemUTC(),
                new RunMetadata("bench", "simulator", "https://127.0.0.1:1/v2", null, "", ""));
        ContractResult pass = new ContractResult(ContractResult.Outcome.PASS, "getCardDetails",
                "/cards/{cardId}/details", List.of());
        run.recordConnection(new com.axys.golive.capture.ServerConnection(Instant.now(), "127.0.0.1", 1, "127.0.0.1",
                "TLSv1.3", "TLS_AES_128_GCM_SHA256", com.axys.golive.verification.TestBundles.SERVER_CHAIN.get()));
        long t0 = System.nanoTime();
        long lastReport = t0;
        for (int i = 0; i < calls; i++) {
            run.record(policy.redact(exchange(run.nextSeq(), i, perCard)), pass, SCENARIO);
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf("  %,d records, %.0f records/s, heap %d MiB%n", i + 1,
                        (i + 1) / ((lastReport - t0) / 1e9), heapMiB());
            }
        }
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        long heapAfterWrite = heapMiB();
        for (String name : List.of(EvidenceFiles.LOG, "summary.md", "coverage.json", "reconciliation.json")) {
            run.writeFile(name, "{}\n".getBytes(StandardCharsets.UTF_8));
        }
        run.close();
        long v0 = System.nanoTime();
        VerificationReport report = new BundleVerifier().verify(run.dir());
        double verifySeconds = (System.nanoTime() - v0) / 1e9;
        System.out.printf("%n%,d calls (a new card every %d calls: %,d PANs learned) written in %.1f s: %.0f"
                + " records/s; heap in use after writing %d MiB (max %d MiB); calls.jsonl %,d MiB%n", calls, perCard,
                (calls + perCard - 1) / perCard, writeSeconds,
                calls / writeSeconds, heapAfterWrite, Runtime.getRuntime().maxMemory() / (1 << 20),
                Files.size(run.dir().resolve(EvidenceFiles.CALLS)) >> 20);
        System.out.printf("evidence verify: %s in %.1f s within a %d MiB heap%n", report.verdict(), verifySeconds,
                Runtime.getRuntime().maxMemory() / (1 << 20));
        report.lines().stream().limit(5).forEach(l -> System.out.println("  " + l));
        if (Boolean.getBoolean("bench.keep")) {
            System.out.println("pack kept at " + run.dir());
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long heapMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static CapturedExchange exchange(long seq, int i, int perCard) {
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        Map<String, List<String>> request = Map.of("X-API-Key", List.of("sim_soak_key_0123456789"));
        Instant at = Instant.now();
        return switch (i % 3) {
            case 0 -> new CapturedExchange(seq, at, 4, "GET", "https://127.0.0.1:1/v2/cards/" + i + "/details",
                    "/cards/" + i + "/details", "", request, "", 200, json, "{\"cardId\":" + i + ",\"cardNumber\":\""
                    + pan(i / perCard) + "\",\"cvv\":\"123\",\"expMonth\":\"07\",\"expYear\":\"2029\"}", null, false);
            case 1 -> new CapturedExchange(seq, at, 3, "GET", "https://127.0.0.1:1/v2/cardholders?limit=20",
                    "/cardholders", "limit=20", request, "", 200, json, "{\"status\":\"success\",\"total\":2,"
                    + "\"items\":[{\"cardholderId\":" + i + ",\"status\":4,\"firstName\":\"Ada\"},{\"cardholderId\":"
                    + (i + 1) + ",\"status\":1,\"firstName\":\"Bo\"}]}", null, false);
            default -> new CapturedExchange(seq, at, 2, "GET", "https://127.0.0.1:1/v2/cards/0", "/cards/0", "",
                    request, "", 404, json, "{\"status\":\"error\",\"code\":\"NOT_FOUND\",\"message\":\"no card\"}",
                    null, false);
        };
    }

    /** A Luhn-valid 16-digit test PAN of its own for call {@code i}. */
    private static String pan(int i) {
        String body = "400000" + String.format("%09d", i);
        int sum = 0;
        for (int k = 0; k < body.length(); k++) {
            int d = body.charAt(body.length() - 1 - k) - '0';
            if (k % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }
}
