package com.axys.golive.evidence;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The first write of a run's evidence that failed (a full disk, a file grown past its limit), as one
 * {@code EVIDENCE} error naming the file, the system's reason and the fix. Every later failure repeats it, and the
 * listener (the run's call gate) hears of each, so no call is made that the evidence could not record.
 */
final class FirstWriteFailure {

    private final Path root;
    private volatile Consumer<HarnessException> listener = failure -> { };
    private HarnessException first;
    private String problem;

    /** @param root the evidence root, where space has to be freed */
    FirstWriteFailure(Path root) {
        this.root = root;
    }

    void listener(Consumer<HarnessException> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    synchronized Optional<HarnessException> first() {
        return Optional.ofNullable(first);
    }

    /** "evidence could not be written (calls.jsonl: No space left on device)", or null when nothing failed. */
    synchronized String problem() {
        return problem;
    }

    /** Records that writing {@code file} failed with {@code e}; returns the run's first failure, to be thrown. */
    HarnessException record(String file, IOException e) {
        HarnessException why;
        synchronized (this) {
            if (first == null) {
                problem = "evidence could not be written (" + file + ": " + reason(e) + ")";
                first = new HarnessException(Category.EVIDENCE, problem + "; no further calls were made; free space"
                        + " in " + root + " and run again", e);
            }
            why = first;
        }
        listener.accept(why);
        return why;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs) { // its message repeats the path; its reason is the system's
            return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
