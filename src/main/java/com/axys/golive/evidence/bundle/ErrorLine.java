package com.axys.golive.evidence.bundle;

import java.util.List;

/**
 * One line of {@code errors.jsonl}. Three shapes share the stream, each with its own fields in its own order: a
 * refused or unanswered {@link CallError call}, a {@link ConnectionRefusal connection} refused before any HTTP
 * exchange, and a {@link RequestRefusal request} the harness refused to send. What they share is here.
 */
public sealed interface ErrorLine permits CallError, ConnectionRefusal, RequestRefusal {

    String ts();

    String scenario();

    List<String> checklist();

    /** The HTTP status, or -1 when there was no HTTP response. */
    int status();

    String classification();

    String action();

    /** Why there was no answer (redacted), or null. */
    String failure();

    /** The call this line files, or null when no call was made. */
    default Long callSeq() {
        return null;
    }

    default String method() {
        return null;
    }

    default String path() {
        return null;
    }

    /** What was tried, for a connection refused before any HTTP exchange; null otherwise. */
    default String attempt() {
        return null;
    }

    /** The error envelope's code, or null. */
    default String code() {
        return null;
    }

    /** The error envelope's (redacted) message, or null. */
    default String message() {
        return null;
    }
}
