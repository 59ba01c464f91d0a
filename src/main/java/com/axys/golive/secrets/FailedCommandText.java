package com.axys.golive.secrets;

import com.axys.golive.redaction.Markers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a failed {@code exec:} command may show of itself: never its stdout (the secret it was to return), and of its
 * stderr only the first line, and only after redaction. A line that repeats any part of stdout is withheld whole;
 * any key-like blob (16 or more base64, base64url or hex characters with a digit in them: a key, a certificate
 * line, a token) becomes {@code [REDACTED:secret-output]}; terminal control sequences are dropped.
 */
final class FailedCommandText {

    static final String MARKER = Markers.of("secret-output");
    private static final int MAX_LINE = 200;
    /** The shortest run of stdout that counts as repeated when it turns up on stderr. */
    private static final int MIN_REPEAT = 4;
    private static final Pattern BLOB = Pattern.compile("(?<![A-Za-z0-9+/=_-])(?=[A-Za-z0-9+/=_-]*[0-9])"
            + "(?=[A-Za-z0-9+/=_-]*[A-Za-z])[A-Za-z0-9+/=_-]{16,}");
    private static final Pattern ESCAPE = Pattern.compile("\u001b(\\[[0-?]*[ -/]*[@-~]|\\][^\u0007]*\u0007?|.)");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    private FailedCommandText() {
    }

    /** ": the first stderr line, redacted", or a note saying why none is shown. */
    static String of(byte[] stderr, byte[] stdout) {
        String line = new String(stderr, StandardCharsets.UTF_8).lines().map(FailedCommandText::printable)
                .filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (line.isEmpty()) {
            return " (nothing on stderr)";
        }
        if (repeats(line, new String(stdout, StandardCharsets.UTF_8))) {
            return " (stderr not shown: it repeats the command's output)";
        }
        String shown = BLOB.matcher(line).replaceAll(MARKER);
        return ": " + (shown.length() > MAX_LINE ? shown.substring(0, MAX_LINE) + "..." : shown);
    }

    /** True when a stdout line turns up in {@code line}, or a word of {@code line} turns up in stdout. */
    private static boolean repeats(String line, String stdout) {
        boolean lineOfOutput = stdout.lines().map(String::strip).filter(l -> l.length() >= MIN_REPEAT)
                .anyMatch(line::contains);
        boolean wordOfOutput = Arrays.stream(line.split("[\\s\"'`:,;()\\[\\]{}<>]+"))
                .filter(w -> w.length() >= MIN_REPEAT).anyMatch(stdout::contains);
        return lineOfOutput || wordOfOutput;
    }

    /** The line without terminal escapes, other control characters as one space, stripped. */
    private static String printable(String line) {
        return CONTROL.matcher(ESCAPE.matcher(line).replaceAll("")).replaceAll(" ").strip();
    }
}
