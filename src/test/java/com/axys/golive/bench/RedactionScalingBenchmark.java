package com.axys.golive.bench;

import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether redaction stays flat as a run learns secrets: the same exchange text (a card-details response, about 1 KiB)
 * redacted by the policy while it knows 2, 5,000 and 100,000 secrets (a long soak learns a PAN per card, a token per
 * listener, an OTP code per challenge). Beside it, the baseline the issue measured: one {@code contains} and
 * {@code replace} per known secret, longest first, as redaction did before the Aho-Corasick search. Rounds alternate;
 * the figures are medians. Not a test: run it with {@code ./mvnw -B -q test-compile exec:java
 * -Dexec.mainClass=com.axys.golive.bench.RedactionScalingBenchmark -Dexec.classpathScope=test}.
 */
public final class RedactionScalingBenchmark {

    private static final int[] SIZES = {2, 5_000, 100_000};
    private static final int ROUNDS = 5;
    private static final String TEXT = """
            {"status":"success","cardId":8821,"cardholderId":10044,"maskedCardNumber":"************4242",\
            "nameOnCard":"JORDAN TESTER","expiry":"12/29","issuerCardStatus":1,"cardStatus":1,\
            "transactionLimit":250000,"cryptoAddresses":[{"chain":"evm","address":"0x52908400098527886E0F7030069857D2E4169EE7"},\
            {"chain":"bitcoin","address":"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}],"createdAt":"2026-12-04T10:00:00Z",\
            "note":"reference golive-20261204T100000Zsimulatorabc123-w3302-funding, trace 740000000009, request 7f3c"}""";

    private RedactionScalingBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("redaction of one %d-character exchange, median of %d rounds (ms per redaction)%n",
                TEXT.length(), ROUNDS);
        System.out.printf("%10s %12s %12s %8s%n", "secrets", "harness", "baseline", "ratio");
        for (int size : SIZES) {
            SensitiveValues known = new SensitiveValues();
            for (int i = 0; i < size; i++) {
                known.add(i % 3 == 0 ? "token" : "pan", String.format("5%015d", 7_919L * i + 13));
            }
            RedactionPolicy policy = new RedactionPolicy(known);
            List<Map.Entry<String, String>> byLength = known.snapshot().entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                    .toList();
            int reps = Math.max(3, 2_000_000 / Math.max(1, size) / 10);
            double[] harness = new double[ROUNDS];
            double[] baseline = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                harness[round] = time(reps, () -> policy.redactText(TEXT));
                baseline[round] = time(reps, () -> {
                    String out = TEXT;
                    for (Map.Entry<String, String> e : byLength) {
                        if (out.contains(e.getKey())) {
                            out = out.replace(e.getKey(), "[REDACTED:" + e.getValue() + "]");
                        }
                    }
                    return out;
                });
            }
            double h = median(harness);
            double b = median(baseline);
            System.out.printf("%10d %12.4f %12.4f %7.1fx%n", size, h, b, b / h);
        }
        System.out.println("ratio: baseline / harness at the same size; the harness column should stay about flat");
    }

    private static double time(int reps, java.util.function.Supplier<String> work) {
        int sink = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            sink += work.get().length();
        }
        long t1 = System.nanoTime();
        if (sink == 42) {
            System.out.print("");
        }
        return (t1 - t0) / 1e6 / reps;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
