package com.axys.golive.allure;

import com.axys.golive.evidence.bundle.BundleStream;
import com.axys.golive.evidence.bundle.CallLine;
import com.axys.golive.evidence.OwnerOnly;
import com.axys.golive.redaction.RedactionPolicy;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Points Allure at the run's own results folder ({@code <bundle>/allure-results}) through the redacting writer,
 * and drops in the failure taxonomy and the environment table. Call {@link #begin} before the features run.
 */
public final class AllureRun {

    /** The Cucumber plugin to add to the run. */
    public static final String CUCUMBER_PLUGIN = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm";
    public static final String RESULTS_DIR = "allure-results";

    private AllureRun() {
    }

    public static Path begin(Path bundleDir, RedactionPolicy policy, Map<String, String> environment) {
        Path results = bundleDir.resolve(RESULTS_DIR);
        Allure.setLifecycle(new AllureLifecycle(new RedactingResultsWriter(results, policy)));
        try (InputStream categories = AllureRun.class.getResourceAsStream("/allure-config/categories.json")) {
            if (categories != null) {
                OwnerOnly.write(results.resolve("categories.json"), categories.readAllBytes());
            }
            String env = environment.entrySet().stream()
                    .map(e -> e.getKey() + "=" + policy.redactText(e.getValue()).replace("\n", " "))
                    .collect(Collectors.joining("\n", "", "\n"));
            OwnerOnly.writeString(results.resolve("environment.properties"), env);
            String run = bundleDir.getFileName().toString();
            OwnerOnly.writeString(results.resolve("executor.json"), "{\"name\":\"golive\",\"type\":\"golive\","
                    + "\"buildName\":\"" + run + "\",\"reportName\":\"Axys go-live run " + run + "\"}\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot prepare Allure results in " + results, e);
        }
        return results;
    }

    /**
     * Attaches one call of the evidence ({@code calls.jsonl}'s line, redacted at capture) to the Allure step that made
     * it, named {@code call #12 POST /cardholders -> 200}: QA read the request and the response where the step is.
     * Outside a scenario there is no step to attach to, and nothing is attached.
     */
    public static void attachCall(CallLine line) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCaseOrStep().isEmpty()) {
            return;
        }
        String name = "call #" + line.seq() + " " + line.method() + " " + line.path().split("\\?", 2)[0] + " -> "
                + (line.answered() ? line.status() : "no answer");
        byte[] json = BundleStream.CALLS.write(line).toPrettyString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        lifecycle.addAttachment(name, "application/json", "json", json);
    }
}
