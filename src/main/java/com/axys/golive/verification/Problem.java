package com.axys.golive.verification;

import java.util.Objects;

/**
 * One finding of the integrity check, as a sentence an auditor can act on: the file, the 1-based line for streams
 * (0 for a whole file), and what is wrong. A {@link Severity#NOTE} is tolerated (the line a kill cut off); a
 * {@link Severity#DEFECT} makes the bundle corrupt. The text never quotes file content.
 */
public record Problem(String file, long line, Severity severity, String text) {

    /** Whether the finding breaks the bundle. */
    public enum Severity { DEFECT, NOTE }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or a 1-based line number: " + line);
        }
    }

    /** A defect at {@code file} line {@code line}: "calls.jsonl line 7: detail". */
    static Problem defect(String file, long line, String detail) {
        return new Problem(file, line, Severity.DEFECT, place(file, line) + ": " + detail);
    }

    /** A defect of a whole file: "report/index.html: detail". */
    static Problem defect(String file, String detail) {
        return defect(file, 0, detail);
    }

    /** A defect worded as a whole sentence that names the file itself. */
    static Problem defectSentence(String file, String sentence) {
        return new Problem(file, 0, Severity.DEFECT, sentence);
    }

    static Problem note(String file, long line, String detail) {
        return new Problem(file, line, Severity.NOTE, place(file, line) + ": " + detail);
    }

    public boolean isDefect() {
        return severity == Severity.DEFECT;
    }

    private static String place(String file, long line) {
        return line > 0 ? file + " line " + line : file;
    }

    @Override
    public String toString() {
        return text;
    }
}
