package com.axys.golive.runner;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports a CI dashboard reads, beside the evidence bundle: JUnit XML and Cucumber JSON, each redacted before it
 * is written (see {@link JunitXmlReport}, {@link CucumberJsonReport}). Either may be absent.
 */
public record CiReports(Path junitXml, Path cucumberJson) {

    public static final CiReports NONE = new CiReports(null, null);

    /**
     * Checks the files can be written before anything starts (their folders are created), so a typo does not cost a
     * whole staging run.
     *
     * @throws HarnessException (usage) naming the file and the fix
     */
    public CiReports checked() {
        check("--junit", junitXml);
        check("--cucumber-json", cucumberJson);
        return this;
    }

    /** The plugin options for Cucumber's {@code cucumber.plugin}. */
    List<String> pluginOptions() {
        List<String> plugins = new ArrayList<>();
        if (junitXml != null) {
            plugins.add(JunitXmlReport.class.getName() + ":" + junitXml.toAbsolutePath());
        }
        if (cucumberJson != null) {
            plugins.add(CucumberJsonReport.class.getName() + ":" + cucumberJson.toAbsolutePath());
        }
        return plugins;
    }

    private static void check(String flag, Path file) {
        if (file == null) {
            return;
        }
        Path absolute = file.toAbsolutePath();
        if (absolute.toString().contains(",")) {
            throw new HarnessException(Category.USAGE, flag + " " + file + ": the path holds a comma, which Cucumber's"
                    + " plugin list cannot carry; choose a path without one");
        }
        if (Files.isDirectory(absolute)) {
            throw new HarnessException(Category.USAGE, flag + " " + file + " is a folder; give a file name, e.g. "
                    + absolute.resolve(flag.equals("--junit") ? "junit.xml" : "cucumber.json"));
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (java.io.IOException | SecurityException e) {
            throw new HarnessException(Category.USAGE, flag + " " + file + ": cannot create its folder ("
                    + e.getMessage() + "); choose a writable place");
        }
        if (!Files.isWritable(absolute.getParent()) || (Files.exists(absolute) && !Files.isWritable(absolute))) {
            throw new HarnessException(Category.USAGE, flag + " " + file + " cannot be written; choose a writable"
                    + " place");
        }
    }
}
