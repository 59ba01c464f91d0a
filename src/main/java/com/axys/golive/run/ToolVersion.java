package com.axys.golive.run;

/** The harness's version, from the jar manifest (or "dev" when run from classes). */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String get() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
