package com.axys.golive.report;

/** Where one checklist item was proven (passed) by this run, the simulator and staging kept apart. */
record ProvenOn(boolean simulator, boolean staging) {

    static ProvenOn of(ItemResult result, RunTarget target) {
        boolean passed = result == ItemResult.PASSED;
        return new ProvenOn(passed && target.simulator(), passed && target.staging());
    }
}
