package com.axys.golive.preflight;

import java.util.Objects;

/**
 * A message in the house style, "what is wrong; what to do", split at its first "; " so preflight can print the
 * finding on the row and the fix on the line below. A message without that separator keeps all of it as the
 * finding and gets a generic fix.
 */
record MessageParts(String what, String fix) {

    static final String SEE_ABOVE = "act on the message above";

    MessageParts {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(fix, "fix");
    }

    static MessageParts of(String message) {
        String text = message == null || message.isBlank() ? "(no message)" : message.strip();
        int separator = text.indexOf("; ");
        if (separator < 0) {
            return new MessageParts(text, SEE_ABOVE);
        }
        return new MessageParts(text.substring(0, separator), text.substring(separator + 2));
    }
}
