package com.axys.golive.checklist;

import java.util.List;
import java.util.Optional;

/** The launch runbook as data (checklist/launch-checklist.yaml). STUB: to be implemented (see the contract brief). */
public final class Checklist {
    public static Checklist load() { throw new UnsupportedOperationException("stub"); }
    public List<ChecklistItem> items() { throw new UnsupportedOperationException("stub"); }
    public Optional<ChecklistItem> find(String id) { throw new UnsupportedOperationException("stub"); }
}
