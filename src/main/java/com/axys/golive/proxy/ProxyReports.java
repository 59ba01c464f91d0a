package com.axys.golive.proxy;

import com.axys.golive.checklist.Checklist;
import com.axys.golive.evidence.EvidenceRun;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A proxy bundle's own pages, written as the session closes, after the harness's reports and before the manifest:
 * {@value #SESSION} (the listener, the clients, the fault plan, every fault with what the backend did next),
 * {@link ProxyCoverage}'s files, and {@link ProxySummary} on top of {@code summary.md} and {@code summary.html}.
 */
final class ProxyReports {

    static final String SESSION = "proxy-session.json";

    private ProxyReports() {
    }

    /** What the session knew besides its streams. */
    record Facts(String listener, String target, String targetUrl, List<String> clients, FaultPlan faults,
                 boolean readsOnly) { }

    static void write(EvidenceRun evidence, Facts facts, Timeline timeline) {
        List<BackendRequest> requests = timeline.requests();
        List<FollowUp> followUps = FollowUp.of(requests);
        ProxyCoverage coverage = ProxyCoverage.of(evidence.dir(), Checklist.load());
        var pretty = EvidenceRun.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            evidence.writeFile(ProxyCoverage.FILE_JSON, pretty.writeValueAsBytes(coverage));
            evidence.writeFile(ProxyCoverage.FILE_MD, coverage.markdown().getBytes(StandardCharsets.UTF_8));
            evidence.writeFile(SESSION, pretty.writeValueAsBytes(session(facts, requests, followUps)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the proxy session's reports: " + e.getMessage(), e);
        }
        ProxySummary summary = new ProxySummary(facts, requests, followUps, coverage.exercised());
        evidence.writeFile("summary.md", (summary.markdown() + "\n---\n\n" + read(evidence.dir(), "summary.md"))
                .getBytes(StandardCharsets.UTF_8));
        String html = read(evidence.dir(), "summary.html");
        int body = html.indexOf("<body>\n");
        if (body >= 0) {
            int at = body + "<body>\n".length();
            evidence.writeFile("summary.html", (html.substring(0, at) + summary.html() + html.substring(at))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static ObjectNode session(Facts facts, List<BackendRequest> requests, List<FollowUp> followUps) {
        ObjectNode root = EvidenceRun.MAPPER.createObjectNode();
        root.put("kind", "golive proxy session");
        root.put("listener", facts.listener());
        root.put("target", facts.target());
        root.put("targetUrl", facts.targetUrl());
        root.put("readsOnly", facts.readsOnly());
        root.set("clients", EvidenceRun.MAPPER.valueToTree(facts.clients()));
        root.put("faultPlan", facts.faults().describe());
        root.put("seed", facts.faults().seed());
        root.put("requests", requests.size());
        root.put("forwarded", requests.stream().filter(r -> r.callSeq() > 0).count());
        root.put("injected", followUps.size());
        root.put("refused", requests.stream().filter(r -> r.outcome().startsWith("refused")).count());
        ArrayNode faults = root.putArray("faults");
        for (FollowUp f : followUps) {
            ObjectNode line = faults.addObject();
            line.put("request", f.fault().number());
            line.put("ts", f.fault().at().toString());
            line.put("client", f.fault().client());
            line.put("call", f.fault().line());
            line.put("kind", f.fault().fault().label());
            line.put("outcome", f.fault().outcome());
            line.put("next", f.verdict());
            if (f.next() != null) {
                line.put("nextAfterSeconds", f.after());
                line.put("nextRequest", f.next().number());
                line.put("nextCall", f.next().line());
                line.put("nextOutcome", f.next().outcome());
            }
        }
        return root;
    }
}
