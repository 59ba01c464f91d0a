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
 * {@link ProxyCoverage}'s files, and a section on top of {@code summary.md} saying what kind of bundle this is.
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
        Path summary = evidence.dir().resolve("summary.md");
        String rest;
        try {
            rest = Files.exists(summary) ? Files.readString(summary) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + summary, e);
        }
        evidence.writeFile("summary.md", (section(facts, requests, followUps, coverage) + "\n---\n\n" + rest)
                .getBytes(StandardCharsets.UTF_8));
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

    private static String section(Facts facts, List<BackendRequest> requests, List<FollowUp> followUps,
                                  ProxyCoverage coverage) {
        StringBuilder md = new StringBuilder("# golive proxy session: the Program's own traffic\n\n");
        md.append("This bundle records a Program backend's calls through `golive proxy`, not a harness run: no"
                + " scenario ran, so the coverage below says which checklist items the integration *exercised*,"
                + " never which passed (the harness's own coverage.md lists every item as not run).\n\n");
        md.append("- listener: ").append(facts.listener()).append("\n");
        md.append("- target: ").append(facts.target()).append(" at ").append(facts.targetUrl())
                .append(facts.readsOnly() ? " (production: reads only, every other method refused)" : "").append("\n");
        md.append("- clients: ").append(facts.clients().isEmpty() ? "none" : String.join("; ", facts.clients()))
                .append("\n");
        md.append("- requests: ").append(requests.size()).append(", forwarded ")
                .append(requests.stream().filter(r -> r.callSeq() > 0).count()).append(", faults injected ")
                .append(followUps.size()).append(", refused ")
                .append(requests.stream().filter(r -> r.outcome().startsWith("refused")).count()).append("\n");
        md.append("- fault plan: ").append(facts.faults().describe()).append("\n");
        md.append("- checklist items exercised by the integration: ").append(coverage.exercised())
                .append(" (").append(ProxyCoverage.FILE_MD).append(")\n\n");
        if (!followUps.isEmpty()) {
            md.append("## After each injected fault\n\n| request | call | fault | what the backend did next |\n")
                    .append("|---|---|---|---|\n");
            for (FollowUp f : followUps) {
                md.append("| #").append(f.fault().number()).append(" | ").append(f.fault().line()).append(" | ")
                        .append(f.fault().fault().label()).append(" | ").append(f.describe()).append(" |\n");
            }
            md.append("\nEach fault is one line of faults.jsonl (`injected: true`); a forwarded one names its"
                    + " call in calls.jsonl.\n");
        }
        return md.toString();
    }
}
