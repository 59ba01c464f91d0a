package com.axys.golive.report;

import java.util.List;

/**
 * One line of {@code errors.jsonl}: a refused call and how it was classified and handled. A connection refused
 * before any HTTP exchange (an mTLS negative) has no call: {@code callSeq} is null and {@code attempt} says what
 * was tried.
 *
 * @param line   its line number in the file, from 1
 * @param status the HTTP status, or -1 when there was no HTTP response
 */
record ErrorRecord(int line, Long callSeq, String scenario, List<String> checklist, String method, String path,
                   String attempt, int status, String code, String message, String classification, String action,
                   String failure) {

    ErrorRecord {
        checklist = List.copyOf(checklist);
    }

    /** {@code GET /cardholders/1}, or the attempt for a refused connection. */
    String what() {
        if (method != null && path != null) {
            return method + " " + path;
        }
        return attempt == null ? "" : attempt;
    }
}
