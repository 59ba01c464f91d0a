package com.axys.golive.checklist;

import java.util.List;

/** The YAML's shape, as Jackson reads it; {@link ChecklistReader} turns it into validated values. */
record ChecklistDocument(String source, List<Phase> phases, List<Item> items) {

    record Phase(int phase, String title, String intro) {
    }

    record Item(String id, int phase, String section, String text, List<String> endpoints, List<String> operations,
                String automation, String how, String applicability, String passCriterion, String note) {
    }
}
