package com.axys.golive.checklist;

/** One item of the launch runbook. STUB shape: to be completed (see the contract brief). */
public record ChecklistItem(String id, int phase, String section, String text, boolean automatable,
                            String applicability) {
}
