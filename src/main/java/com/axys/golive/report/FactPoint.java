package com.axys.golive.report;

import com.axys.golive.contract.ContractCatalog;
import com.axys.golive.contract.InferredFact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one inferred fact of the contract is about, read from its id ({@code getCard.status.200},
 * {@code getCard.response.200.cardStatus}, {@code *.response.429.header.Retry-After},
 * {@code getCard.response.200.CardStateRequired} for a whole schema, {@code listCardFees.parameter.cardId},
 * {@code activateCard.request.cvv}, {@code getCardDetails.operation}), and which calls touch it.
 *
 * @param status the response status the fact is about (STATUS and RESPONSE_*), else 0
 * @param name   the field path (a schema's path, {@code ""} at the root), header or parameter name
 */
record FactPoint(Kind kind, String operationId, int status, String name) {

    enum Kind { OPERATION, PARAMETER, REQUEST_FIELD, REQUEST_SCHEMA, STATUS, RESPONSE_FIELD, RESPONSE_HEADER,
        RESPONSE_SCHEMA, UNKNOWN }

    private static final Pattern STATUS = Pattern.compile("^status\\.(\\d{3})$");
    private static final Pattern RESPONSE = Pattern.compile("^response\\.(\\d{3})\\.(.+)$");

    static FactPoint of(InferredFact fact) {
        String op = fact.operationId();
        String rest = fact.id().startsWith(op + ".") ? fact.id().substring(op.length() + 1) : "";
        Matcher m;
        if (rest.equals("operation")) {
            return new FactPoint(Kind.OPERATION, op, 0, "");
        }
        if (rest.startsWith("parameter.")) {
            return new FactPoint(Kind.PARAMETER, op, 0, rest.substring("parameter.".length()));
        }
        if ((m = STATUS.matcher(rest)).find()) {
            return new FactPoint(Kind.STATUS, op, Integer.parseInt(m.group(1)), "");
        }
        if (rest.equals("request") || rest.startsWith("request.")) {
            String tail = rest.length() > "request".length() ? rest.substring("request.".length()) : "";
            return schemaTail(tail) != null ? new FactPoint(Kind.REQUEST_SCHEMA, op, 0, schemaTail(tail))
                    : new FactPoint(Kind.REQUEST_FIELD, op, 0, tail);
        }
        if ((m = RESPONSE.matcher(rest)).find()) {
            int status = Integer.parseInt(m.group(1));
            String tail = m.group(2);
            if (tail.startsWith("header.")) {
                return new FactPoint(Kind.RESPONSE_HEADER, op, status, tail.substring("header.".length()));
            }
            return schemaTail(tail) != null ? new FactPoint(Kind.RESPONSE_SCHEMA, op, status, schemaTail(tail))
                    : new FactPoint(Kind.RESPONSE_FIELD, op, status, tail);
        }
        return new FactPoint(Kind.UNKNOWN, op, 0, rest);
    }

    /** For {@code items[].CardListItem} the schema's path {@code items[]}; null when the tail names a field. */
    private static String schemaTail(String tail) {
        int dot = tail.lastIndexOf('.');
        String last = tail.substring(dot + 1);
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))) {
            return null;
        }
        return dot < 0 ? "" : tail.substring(0, dot);
    }

    /** The call is one this fact can be judged on: same operation (any, for a contract-wide fact). */
    boolean concerns(CallRecord call) {
        return call.answered() && (operationId.equals(ContractCatalog.CONTRACT_WIDE)
                || operationId.equals(call.operationId()));
    }

    /**
     * The call shows the point the fact is about: the status was answered, the field or header is present in an
     * answer of that status, the parameter or request field was sent in a call the target accepted (2xx).
     */
    boolean touchedBy(CallRecord call) {
        return switch (kind) {
            case OPERATION -> success(call);
            case PARAMETER -> success(call) && ("&" + call.query()).contains("&" + name + "=");
            case REQUEST_FIELD -> success(call) && JsonPaths.has(call.requestBody(), name);
            case REQUEST_SCHEMA -> success(call) && JsonPaths.has(call.requestBody(), name);
            case STATUS -> call.status() == status;
            case RESPONSE_FIELD, RESPONSE_SCHEMA -> call.status() == status && JsonPaths.has(call.responseBody(), name);
            case RESPONSE_HEADER -> call.status() == status
                    && call.responseHeaders().contains(name.toLowerCase(java.util.Locale.ROOT));
            case UNKNOWN -> false;
        };
    }

    /**
     * The violation (of a call this fact concerns) is about this fact's point. A request violation counts only
     * when the target accepted the request anyway (2xx): a refused request agrees with the contract.
     */
    boolean contradictedBy(ViolationPoint v, CallRecord call) {
        return switch (kind) {
            case PARAMETER -> v.scope() == ViolationPoint.Scope.REQUEST && success(call)
                    && v.subject() == ViolationPoint.Subject.PARAMETER && v.name().equals(name);
            case REQUEST_FIELD, REQUEST_SCHEMA -> v.scope() == ViolationPoint.Scope.REQUEST && success(call)
                    && v.fieldWithin(name);
            case STATUS -> v.scope() == ViolationPoint.Scope.UNLISTED_STATUS && success(status) && success(v.status());
            case RESPONSE_FIELD, RESPONSE_SCHEMA -> responseAt(v) && v.fieldWithin(name);
            case RESPONSE_HEADER -> responseAt(v) && v.subject() == ViolationPoint.Subject.HEADER
                    && v.name().equalsIgnoreCase(name);
            case OPERATION, UNKNOWN -> false;
        };
    }

    private boolean responseAt(ViolationPoint v) {
        return v.scope() == ViolationPoint.Scope.RESPONSE && v.status() == status;
    }

    private static boolean success(CallRecord call) {
        return success(call.status());
    }

    private static boolean success(int status) {
        return status >= 200 && status < 300;
    }
}
