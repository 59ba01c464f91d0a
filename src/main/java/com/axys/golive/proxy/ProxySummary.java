package com.axys.golive.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * The proxy session as the auditor's page opens with it ({@code summary.md} and {@code summary.html}): what kind of
 * bundle this is, the listener, target, clients and counts, and what the backend did after each injected fault.
 */
final class ProxySummary {

    static final String TITLE = "golive proxy session: the Program's own traffic";
    static final String WHAT = "This bundle records a Program backend's calls through golive proxy, not a harness run:"
            + " no scenario ran, so it says which checklist items the integration exercised, never which passed"
            + " (the harness's own coverage below lists every item as not run).";

    private final List<String[]> facts = new ArrayList<>();
    private final List<FollowUp> followUps;

    ProxySummary(ProxyReports.Facts session, List<BackendRequest> requests, List<FollowUp> followUps, long exercised) {
        this.followUps = List.copyOf(followUps);
        facts.add(new String[] {"listener", session.listener()});
        facts.add(new String[] {"target", session.target() + " at " + session.targetUrl()
                + (session.readsOnly() ? " (production: reads only, every other method refused)" : "")});
        facts.add(new String[] {"clients", session.clients().isEmpty() ? "none"
                : String.join("; ", session.clients())});
        facts.add(new String[] {"requests", requests.size() + ", forwarded "
                + requests.stream().filter(r -> r.callSeq() > 0).count() + ", faults injected " + followUps.size()
                + ", refused " + requests.stream().filter(r -> r.outcome().startsWith("refused")).count()});
        facts.add(new String[] {"fault plan", session.faults().describe()});
        facts.add(new String[] {"checklist items exercised by the integration", exercised + " ("
                + ProxyCoverage.FILE_MD + ")"});
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# " + TITLE + "\n\n" + WHAT + "\n\n");
        facts.forEach(f -> md.append("- ").append(f[0]).append(": ").append(f[1]).append("\n"));
        if (!followUps.isEmpty()) {
            md.append("\n## After each injected fault\n\n| request | call | fault | what the backend did next |\n")
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

    String html() {
        StringBuilder html = new StringBuilder("<section class=\"proxy-session\">\n<h1>" + escape(TITLE) + "</h1>\n<p>"
                + escape(WHAT) + "</p>\n<ul>\n");
        facts.forEach(f -> html.append("<li>").append(escape(f[0])).append(": ").append(escape(f[1]))
                .append("</li>\n"));
        html.append("</ul>\n");
        if (!followUps.isEmpty()) {
            html.append("<h2>After each injected fault</h2>\n<table>\n<tr><th>request</th><th>call</th><th>fault</th>"
                    + "<th>what the backend did next</th></tr>\n");
            for (FollowUp f : followUps) {
                html.append("<tr><td>#").append(f.fault().number()).append("</td><td>").append(escape(f.fault().line()))
                        .append("</td><td>").append(escape(f.fault().fault().label())).append("</td><td>")
                        .append(escape(f.describe())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("<hr>\n</section>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
