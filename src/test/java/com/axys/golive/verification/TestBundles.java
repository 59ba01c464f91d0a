package com.axys.golive.verification;

import com.axys.golive.redaction.CapturedExchange;
import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.capture.ServerConnection;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.tls.ThrowawayPki;
import com.axys.golive.contract.ContractResult;
import com.axys.golive.evidence.ErrorRecorder;
import com.axys.golive.evidence.EvidenceRun;
import com.axys.golive.evidence.RunMetadata;
import com.axys.golive.ledger.Transition;
import com.axys.golive.redaction.RedactionPolicy;
import com.axys.golive.redaction.SensitiveValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real bundles written by the real {@link EvidenceRun}, fed through the real redaction policy, and the edits an
 * attacker or an accident would make to them. Public so the CLI's tests build the same bundles.
 */
public final class TestBundles {

    public static final String RUN_ID = "20261126T110000Z-simulator-ab12cd";
    public static final String PAN = "4111111111111111";
    public static final String API_KEY = "sk_test_9f8e7d6c5b4a3210";
    public static final String OTP_CODE = "847291";
    public static final String OTP_TOKEN = "otp_tok_5b4a39f8e7d6c";
    public static final int CALLS = 6;
    public static final String REPORT = "report/index.html";

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T11:00:00Z"), ZoneOffset.UTC);
    private static final ScenarioContext SCENARIO = ScenarioContext.of("Jordan sees their card details",
            "features/phase1/cards.feature", List.of("@checklist:P1.CARD.03"));

    /** A server certificate for 127.0.0.1 and its CA, made once; their private keys are deleted at once. */
    public static final java.util.function.Supplier<List<java.security.cert.X509Certificate>> SERVER_CHAIN =
            new java.util.function.Supplier<>() {
                private List<java.security.cert.X509Certificate> chain;

                @Override
                public synchronized List<java.security.cert.X509Certificate> get() {
                    if (chain == null) {
                        Path dir = null;
                        try {
                            dir = Files.createTempDirectory("golive-testbundle-pki");
                            ThrowawayPki pki = ThrowawayPki.generate(dir, Clock.systemUTC());
                            chain = List.of(pki.issueServer("server", List.of("localhost")).certificate(),
                                    pki.caCert());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        } finally {
                            deleteTree(dir);
                        }
                    }
                    return chain;
                }
            };

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final List<String> TEMPLATES = List.of("/cards/{cardId}/details", "/otp/{token}",
            "/cards/{cardId}");

    private final SensitiveValues secrets = new SensitiveValues();
    private final RedactionPolicy policy = new RedactionPolicy(secrets);

    /** The secrets the run met, as the harness would pass them to the verifier after the run. */
    public SensitiveValues secrets() {
        return secrets;
    }

    /** A finished run: {@value #CALLS} calls carrying card data, OTPs and an error, transitions, a report. */
    public Path complete(Path root) {
        EvidenceRun run = open(root);
        fill(run);
        run.writeFile(REPORT, "<html><body><h1>Run report</h1><p>6 calls, all passed</p></body></html>\n"
                .getBytes(StandardCharsets.UTF_8));
        run.writeFile("coverage.json", "{\"P1.CARD.03\":\"automated\"}\n".getBytes(StandardCharsets.UTF_8));
        run.writeFile("summary.md", "# Run summary\n\n6 calls\n".getBytes(StandardCharsets.UTF_8));
        run.writeFile("reconciliation.json", "{\"moneyCalls\":0}\n".getBytes(StandardCharsets.UTF_8));
        run.writeFile(EvidenceFiles.LOG, "{\"message\":\"run opened\"}\n".getBytes(StandardCharsets.UTF_8));
        run.close();
        return run.dir();
    }

    /** Writes what every complete run writes beside its streams (where the test did not), then closes the run. */
    public static void closeLikeARun(EvidenceRun run) {
        for (String name : List.of(EvidenceFiles.LOG, "summary.md", "coverage.json", "reconciliation.json")) {
            if (!Files.exists(run.dir().resolve(name))) {
                run.writeFile(name, "{}\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        run.close();
    }

    /** A run killed with SIGKILL: records flushed as written, never closed, the start-time manifest left behind. */
    public Path abandoned(Path root) {
        EvidenceRun run = open(root);
        fill(run);
        return run.dir();
    }

    private static EvidenceRun open(Path root) {
        return EvidenceRun.open(root, RUN_ID, CLOCK, new RunMetadata("test", "simulator", "https://127.0.0.1:1/v2",
                null, "", ""));
    }

    private void fill(EvidenceRun run) {
        run.recordConnection(new ServerConnection(CLOCK.instant(), "127.0.0.1", 1, "127.0.0.1", "TLSv1.3",
                "TLS_AES_128_GCM_SHA256", SERVER_CHAIN.get()));
        ErrorRecorder errors = new ErrorRecorder(run, policy);
        for (int i = 0; i < CALLS; i++) {
            CapturedExchange raw = exchange(run.nextSeq(), i);
            run.record(policy.redact(raw), new ContractResult(ContractResult.Outcome.PASS, "op" + i % 3,
                    TEMPLATES.get(i % 3), List.of()), SCENARIO);
            errors.observe(policy.redact(raw), SCENARIO);
        }
        for (long to = 1; to <= 3; to++) {
            run.recordTransition(new Transition("card", "7", "cardStatus", to == 1 ? null : to - 1, to,
                    CLOCK.instant(), to, SCENARIO.name(), true, "documented"));
        }
        run.recordScenario(SCENARIO, "passed", 1200, null);
        run.recordScenario(SCENARIO, "failed", 900, "expected 200 but was 404");
        run.recordScenario(SCENARIO, "passed", 300, null);
    }

    private static CapturedExchange exchange(long seq, int i) {
        Map<String, List<String>> request = Map.of("X-API-Key", List.of(API_KEY), "Content-Type",
                List.of("application/json"));
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        Instant at = CLOCK.instant().plusSeconds(i);
        return switch (i % 3) {
            case 0 -> new CapturedExchange(seq, at, 40, "GET", "https://127.0.0.1:1/v2/cards/7/details",
                    "/cards/7/details", "", request, "", 200, json, "{\"cardId\":7,\"cardNumber\":\"" + PAN
                    + "\",\"cvv\":\"123\",\"expMonth\":\"07\",\"expYear\":\"2029\"}", null, false);
            case 1 -> new CapturedExchange(seq, at, 25, "GET", "https://127.0.0.1:1/v2/otp/" + OTP_TOKEN,
                    "/otp/" + OTP_TOKEN, "", request, "", 200, json, "{\"status\":\"received\",\"code\":\""
                    + OTP_CODE + "\",\"expiresAt\":1795000000}", null, false);
            default -> new CapturedExchange(seq, at, 12, "GET", "https://127.0.0.1:1/v2/cards/99", "/cards/99", "",
                    request, "", 404, json, "{\"status\":\"error\",\"code\":\"NOT_FOUND\",\"message\":\"card 99"
                    + " not found\"}", null, true);
        };
    }

    // ---- edits made after the run -------------------------------------------------------------------------

    public static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
    }

    /** Rewrites a stream from its lines (each written with its newline, as the harness does). */
    public static void writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.stream().filter(l -> !l.isEmpty()).forEach(l -> text.append(l).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Flips the lowest bit of the byte in the middle of {@code file}. */
    /** Thins a bundle consistently: deletes {@code name} and its entry of the manifest's file list. */
    public static void removeWithManifestEntry(Path bundle, String name) throws IOException {
        Files.delete(bundle.resolve(name));
        Path manifest = bundle.resolve(EvidenceFiles.MANIFEST);
        com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode)
                EvidenceRun.MAPPER.readTree(manifest.toFile());
        com.fasterxml.jackson.databind.node.ArrayNode kept = EvidenceRun.MAPPER.createArrayNode();
        m.path("files").forEach(f -> {
            if (!f.path("path").asText().equals(name)) {
                kept.add(f);
            }
        });
        m.set("files", kept);
        Files.writeString(manifest, EvidenceRun.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m));
    }

    public static void flipMiddleByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
    }

    /** 1-based number of the line holding the middle byte of {@code file}. */
    public static long lineOfMiddleByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long line = 1;
        for (int i = 0; i < bytes.length / 2; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public static void deleteLine(Path file, int lineNo) throws IOException {
        List<String> lines = lines(file);
        lines.remove(lineNo - 1);
        writeLines(file, lines);
    }

    public static void swapLines(Path file, int a, int b) throws IOException {
        List<String> lines = lines(file);
        String first = lines.get(a - 1);
        lines.set(a - 1, lines.get(b - 1));
        lines.set(b - 1, first);
        writeLines(file, lines);
    }

    public static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }
}
