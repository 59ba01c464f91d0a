package com.axys.golive.report;

import java.util.List;

/** The frame of the auditor's HTML page: one self-contained file with its CSS inline, readable and printable. */
public final class HtmlPage {

    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0 auto;\
            max-width:1120px;padding:24px}
            h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:4px;\
            margin-top:32px}
            table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d0d0;padding:4px 6px;\
            text-align:left;vertical-align:top}th{background:#f2f2f2}
            table.kv th{width:200px}code{font:12px ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
            .banner{padding:10px 14px;border-left:6px solid #1565c0;background:#e8f0fb;font-weight:600}
            .banner.simulator,.banner.other{border-color:#b26a00;background:#fff4e0}
            .verdict-pass{color:#1b5e20}.verdict-fail{color:#b71c1c}.verdict-none{color:#b26a00}
            tr.undocumented td{background:#fdecea}.flag{color:#b71c1c;font-weight:700}
            svg.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}svg.chart text{fill:#1b1b1b}\
            svg.chart rect{stroke:#fff;stroke-width:1}
            .s2xx{fill:#2e7d32}.s3xx{fill:#1565c0}.s4xx{fill:#f9a825}.s5xx{fill:#c62828}.snone{fill:#757575}
            .legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;\
            margin-right:4px}.legend i.s2xx{background:#2e7d32}.legend i.s3xx{background:#1565c0}\
            .legend i.s4xx{background:#f9a825}.legend i.s5xx{background:#c62828}.legend i.snone{background:#757575}
            figure{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}
            svg.states{max-width:100%;height:auto;font:12px system-ui,sans-serif}svg.states rect{fill:#e8f0fb;            stroke:#1565c0}svg.states .start rect{fill:#f2f2f2;stroke:#757575;stroke-dasharray:3 3}            svg.states text{fill:#1b1b1b}svg.states text.code{font-weight:700}svg.states text.count{font-size:11px}            svg.states path{fill:none;stroke:#455a64;stroke-width:1.4}svg.states marker path{fill:#455a64;stroke:none}            svg.states .undocumented path{stroke:#c62828;stroke-dasharray:5 3;stroke-width:2}            svg.states .undocumented text{fill:#b71c1c;font-weight:700}
            ul.named{columns:2;margin:4px 0 8px}
            .r-passed{fill:#2e7d32}.r-failed{fill:#c62828}.r-pending{fill:#f9a825}.r-incomplete{fill:#ffcc80}            .r-not-run{fill:#9e9e9e}.r-manual{fill:#90a4ae}.r-not-applicable{fill:#e0e0e0}            svg.coverage rect,svg.timeline rect{stroke:none}
            @media print{body{max-width:none;padding:0}section{break-inside:auto}h2{break-after:avoid}\
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit}}
            """;

    private HtmlPage() {
    }

    public static String open(String title) {
        return open(title, "");
    }

    /** The page's head with {@code extraCss} (a constant, never input) after the shared rules. */
    public static String open(String title, String extraCss) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Html.escape(title) + "</title>\n<style>\n" + CSS + extraCss + "</style>\n</head>\n<body>\n";
    }

    public static String close() {
        return "</body>\n</html>\n";
    }

    /** A two-column key/value table; values are escaped here. */
    public static String keyValues(List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table class=\"kv\">");
        rows.forEach(row -> html.append("<tr><th>").append(Html.escape(row.get(0))).append("</th><td>")
                .append(Html.escape(row.get(1))).append("</td></tr>"));
        return html.append("</table>\n").toString();
    }

    /** A table header row from titles. */
    public static String head(String... titles) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        for (String title : titles) {
            html.append(Html.element("th", title));
        }
        return html.append("</tr></thead><tbody>").toString();
    }

    public static String tail() {
        return "</tbody></table>\n";
    }

    /** Text with {@code `code`} spans (as the shared verify steps write them), escaped. */
    static String withCode(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            html.append(i % 2 == 1 ? Html.element("code", parts[i]) : Html.escape(parts[i]));
        }
        return html.toString();
    }
}
