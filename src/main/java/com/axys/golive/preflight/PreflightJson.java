package com.axys.golive.preflight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as JSON for CI: {@code target}, {@code verdict} (PASS or FAIL), {@code summary} (the verdict line),
 * {@code counts} per result, and {@code checks}, each with {@code check}, {@code checklistIds}, {@code result},
 * {@code detail}, {@code fix} (null when none), {@code notes} and {@code commands}.
 */
public final class PreflightJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PreflightJson() { }

    public static String write(PreflightReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("target", report.target());
        root.put("verdict", report.passed() ? "PASS" : "FAIL");
        root.put("summary", report.verdictLine());
        ObjectNode counts = root.putObject("counts");
        for (CheckStatus status : CheckStatus.values()) {
            counts.put(status.name(), report.count(status));
        }
        ArrayNode checks = root.putArray("checks");
        for (CheckResult result : report.results()) {
            ObjectNode check = checks.addObject();
            check.put("check", result.check());
            result.checklistIds().forEach(check.putArray("checklistIds")::add);
            check.put("result", result.status().name());
            check.put("detail", result.detail());
            if (result.fix().isEmpty()) {
                check.putNull("fix");
            } else {
                check.put("fix", result.fix());
            }
            result.notes().forEach(check.putArray("notes")::add);
            result.commands().forEach(check.putArray("commands")::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the preflight report as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
