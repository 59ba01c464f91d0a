package com.axys.golive.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the checklist YAML and validates it as a whole: known fields only, phases 1-4 once each, unique
 * well-formed ids in runbook (phase) order, known automation and applicability values. Every failure is an
 * {@link IllegalStateException} naming the entry and the fix.
 */
final class ChecklistReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final String source;

    ChecklistReader(String source) {
        this.source = source;
    }

    Checklist read(String yaml) {
        ChecklistDocument document = parse(yaml);
        List<ChecklistPhase> phases = phases(document.phases());
        List<ChecklistItem> items = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        int lastPhase = 1;
        for (int i = 0; i < document.items().size(); i++) {
            ChecklistItem item = item(i + 1, document.items().get(i));
            Integer earlier = positions.putIfAbsent(item.id(), i + 1);
            if (earlier != null) {
                throw broken("item " + (i + 1) + " repeats id " + item.id() + " of item " + earlier
                        + "; ids are unique (scenarios are tagged with them)");
            }
            if (item.phase() < lastPhase) {
                throw broken("item " + (i + 1) + " (" + item.id() + ") of phase " + item.phase() + " follows phase "
                        + lastPhase + "; keep the items in runbook order");
            }
            lastPhase = item.phase();
            items.add(item);
        }
        return new Checklist(phases, items);
    }

    private ChecklistDocument parse(String yaml) {
        ChecklistDocument document;
        try {
            document = YAML.readValue(yaml, ChecklistDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(source + " is not a valid checklist: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
                    + "; fix the YAML", e);
        }
        if (document == null || document.items() == null || document.items().isEmpty()) {
            throw broken("has no items; list the runbook's items under 'items:'");
        }
        if (document.phases() == null) {
            throw broken("has no phases; list phases 1-4 under 'phases:'");
        }
        return document;
    }

    private List<ChecklistPhase> phases(List<ChecklistDocument.Phase> entries) {
        List<ChecklistPhase> phases = new ArrayList<>();
        for (ChecklistDocument.Phase entry : entries) {
            try {
                phases.add(new ChecklistPhase(entry.phase(), entry.title(), entry.intro()));
            } catch (IllegalArgumentException e) {
                throw broken("phase entry " + (phases.size() + 1) + ": " + e.getMessage());
            }
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).phase() != i + 1) {
                throw broken("lists phase " + phases.get(i).phase() + " in position " + (i + 1)
                        + "; list phases 1, 2, 3, 4 once each, in order");
            }
        }
        if (phases.size() != 4) {
            throw broken("lists " + phases.size() + " phases; the runbook has 4");
        }
        return phases;
    }

    private ChecklistItem item(int position, ChecklistDocument.Item entry) {
        String name = "item " + position + " (" + entry.id() + ")";
        ChecklistItem.Automation automation = automation(name, entry.automation());
        try {
            return new ChecklistItem(entry.id(), entry.phase(), entry.section(), entry.text(),
                    automation != ChecklistItem.Automation.MANUAL, entry.applicability(), entry.endpoints(),
                    entry.operations(), automation, entry.how(), entry.passCriterion(), entry.note());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw broken(name + ": " + e.getMessage() + "; fix the entry");
        }
    }

    private ChecklistItem.Automation automation(String name, String label) {
        for (ChecklistItem.Automation automation : ChecklistItem.Automation.values()) {
            if (automation.label().equals(label)) {
                return automation;
            }
        }
        throw broken(name + ": automation '" + label + "' is not one of automated, partly, manual; fix the entry");
    }

    private IllegalStateException broken(String problem) {
        return new IllegalStateException(source + " " + problem);
    }
}
