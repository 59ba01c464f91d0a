package com.axys.golive.cli;

import com.axys.golive.run.EmbeddedSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code golive} in the test's JVM as a user types it, and what tests read back of its bundles: one copy for the
 * command tests that run against a standalone simulator by URL (continue, shards, campaigns, sign-offs).
 */
final class CliRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a command ended: its exit code and what it printed. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private CliRuns() {
    }

    static Result golive(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoLive.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * {@code command} (run, verify-production) against {@code target} with the standalone simulator's throwaway
     * credentials and its API key in {@code apiKey}, no Allure report, bundles under {@code evidence}.
     */
    static Result against(EmbeddedSimulator server, Path apiKey, Path evidence, String command, String target,
                          String... more) {
        var pki = server.pki();
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--target", target, "--cert", "file:" + pki.client().certPem(), "--key",
                "file:" + pki.client().keyPem(), "--ca-bundle", "file:" + pki.caCertPath(), "--api-key",
                "file:" + apiKey, "--no-report", "--evidence", evidence.toString()));
        args.addAll(List.of(more));
        return golive(args.toArray(String[]::new));
    }

    /** The one bundle under {@code evidence}. */
    static Path only(Path evidence) throws IOException {
        try (Stream<Path> runs = Files.list(evidence)) {
            return runs.reduce((a, b) -> {
                throw new AssertionError("more than one bundle in " + evidence);
            }).orElseThrow();
        }
    }

    /** The one bundle under {@code evidence} that is not in {@code known}. */
    static Path newest(Path evidence, Collection<Path> known) throws IOException {
        try (Stream<Path> runs = Files.list(evidence)) {
            List<Path> fresh = runs.filter(p -> !known.contains(p)).toList();
            if (fresh.size() != 1) {
                throw new AssertionError("expected one new bundle in " + evidence + ", found " + fresh);
            }
            return fresh.get(0);
        }
    }

    /** The JSON lines of a bundle's stream. */
    static List<JsonNode> lines(Path bundle, String file) throws IOException {
        return Files.readAllLines(bundle.resolve(file)).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Item {@code id}'s row of a coverage document. */
    static JsonNode item(JsonNode coverage, String id) {
        for (JsonNode item : coverage.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + coverage);
    }

    static String id(Path bundle) {
        return bundle.getFileName().toString();
    }
}
