package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.simulator.wiremock.InjectedFault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The chaos fault log on disk: one JSON line per injected fault, started empty, appended as faults happen. */
final class FaultLogFile {

    private final Path path;

    private FaultLogFile(Path path) {
        this.path = path;
    }

    static FaultLogFile open(Path file) {
        Path path = file.toAbsolutePath();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HarnessException(HarnessException.Category.USAGE, "cannot write the chaos fault log " + path
                    + " (" + e.getClass().getSimpleName() + "); give a writable --chaos-log FILE");
        }
        return new FaultLogFile(path);
    }

    Path path() {
        return path;
    }

    synchronized void append(InjectedFault fault) {
        try {
            Files.writeString(path, fault.jsonLine() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the console line still shows the fault; the log file is best effort once the simulator runs
        }
    }
}
