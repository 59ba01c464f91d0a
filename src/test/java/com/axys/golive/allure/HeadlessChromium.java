package com.axys.golive.allure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page from disk in headless Chromium (installed by .ci/run) and returns the DOM after its scripts ran,
 * with every request the page itself started (from Chromium's net log; the browser's own update and sign-in
 * checks are not the page's). Chromium is kept offline: every request goes to a dead proxy on loopback and no
 * name is resolved, so a page that tries to reach another site is seen trying, and nothing leaves the machine.
 */
final class HeadlessChromium {

    /** What the page became, and the URLs it asked for. */
    record Visit(String dom, List<String> pageRequests) { }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path chromium;
    private final Path work;

    private HeadlessChromium(Path chromium, Path work) {
        this.chromium = chromium;
        this.work = work;
    }

    static Optional<HeadlessChromium> find(Path work) {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(new HeadlessChromium(Path.of(candidate), work));
            }
        }
        return Optional.empty();
    }

    Visit open(Path page) throws IOException, InterruptedException {
        Path netLog = Files.createTempFile(work, "net-log-", ".json");
        Path dom = Files.createTempFile(work, "dom-", ".html");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + work.resolve("chromium-profile"), "--log-net-log=" + netLog,
                "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString()));
        Process p = new ProcessBuilder(command).redirectOutput(dom.toFile())
                .redirectError(work.resolve("chromium.err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new Visit(Files.readString(dom, StandardCharsets.UTF_8), pageRequests(netLog));
    }

    /** URL requests with an initiator (the page's origin; "null" for file://), other than file:, data:, blob:. */
    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = JSON.readTree(netLog.toFile());
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        List<String> urls = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            String url = params.path("url").asText("");
            if (event.path("type").asInt() == startJob && !"not an origin".equals(params.path("initiator").asText())
                    && !url.isEmpty() && !url.matches("(?i)(file|data|blob|about|chrome[a-z-]*):.*")) {
                urls.add(url);
            }
        }
        return urls;
    }
}
