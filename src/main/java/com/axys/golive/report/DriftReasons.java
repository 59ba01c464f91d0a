package com.axys.golive.report;

import com.axys.golive.contract.ContractCatalog;

/** The one-sentence reasons of the drift report's confirmed and not-exercised verdicts. */
final class DriftReasons {

    private DriftReasons() {
    }

    static String confirmed(FactPoint point, int calls) {
        String n = calls == 1 ? "1 call" : calls + " calls";
        return switch (point.kind()) {
            case OPERATION -> n + " answered 2xx";
            case PARAMETER -> "sent in " + n + " the target answered 2xx";
            case REQUEST_FIELD, REQUEST_SCHEMA -> "sent in " + n + " the target answered 2xx, and no violation"
                    + " named it";
            case STATUS -> "answered " + point.status() + " in " + n;
            case RESPONSE_FIELD -> "present in " + n + " answered " + point.status() + ", and no violation named it";
            case RESPONSE_HEADER -> "sent with " + n + " answered " + point.status() + ", and no violation named it";
            case RESPONSE_SCHEMA -> n + " answered " + point.status() + " with a body no violation faulted";
            case UNKNOWN -> n;
        };
    }

    static String notExercised(FactPoint point, int concernedCalls) {
        boolean wide = point.operationId().equals(ContractCatalog.CONTRACT_WIDE);
        if (concernedCalls == 0) {
            return wide ? "no call was answered in this run" : point.operationId() + " was not called in this run";
        }
        String who = wide ? "no call" : "called " + concernedCalls + (concernedCalls == 1 ? " time" : " times")
                + ", but no call";
        return who + switch (point.kind()) {
            case OPERATION -> " answered 2xx";
            case PARAMETER -> " sent it and was answered 2xx";
            case REQUEST_FIELD, REQUEST_SCHEMA -> " sent it and was answered 2xx";
            case STATUS -> " answered " + point.status();
            case RESPONSE_FIELD -> " answered " + point.status() + " with this field present";
            case RESPONSE_HEADER -> " answered " + point.status() + " with this header";
            case RESPONSE_SCHEMA -> " answered " + point.status() + " with a body";
            case UNKNOWN -> " could be matched to this fact (its id has an unknown shape)";
        };
    }
}
