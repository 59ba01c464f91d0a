package com.axys.golive.steps;

import com.axys.golive.capture.ScenarioContext;
import com.axys.golive.evidence.EvidenceFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads back what the run has written so far, for steps whose claim is about the evidence itself (a secret never
 * written, a call never made): the bundle's files, and the call records of the scenario being run. Lines are
 * flushed as each call completes, so a step sees every call made before it.
 */
final class EvidenceReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final World world;

    EvidenceReader(World world) {
        this.world = world;
    }

    /** Every file of the bundle so far (calls, errors, logs, Allure results, ...). */
    List<Path> files() {
        Path dir = world.session().evidence().dir();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence folder " + dir, e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence file " + file, e);
        }
    }

    /** The call records ({@code calls.jsonl}) of the scenario being run, in the order they were made. */
    List<JsonNode> callsOfThisScenario() {
        return callsOfTheRun().stream().filter(this::ofThisScenario).toList();
    }

    /** Whether {@code call} was made by the scenario being run. */
    boolean ofThisScenario(JsonNode call) {
        ScenarioContext scenario = world.session().tracker().get();
        return call.path("scenario").asText().equals(scenario.name())
                && call.path("feature").asText().equals(scenario.feature());
    }

    /** Every call record ({@code calls.jsonl}) of the run so far, whatever scenario made it, in the order made. */
    List<JsonNode> callsOfTheRun() {
        Path calls = world.session().evidence().dir().resolve(EvidenceFiles.CALLS);
        List<JsonNode> all = new ArrayList<>();
        if (!Files.exists(calls)) {
            return all;
        }
        try {
            for (String line : Files.readAllLines(calls, StandardCharsets.UTF_8)) {
                all.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + calls, e);
        }
        return all;
    }
}
