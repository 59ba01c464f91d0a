package com.axys.golive.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox testing guide's decline paths as a rule over a run's call records (calls.jsonl), whatever scenario
 * made each call: a cardholder once seen in Admin Decline (7) is never submitted to compliance again (its path is a
 * support ticket); one seen in Error (6) is submitted again only after an accepted support ticket about it, raised
 * after the Error was seen (no blind retry). A Compliance Decline (2) may be re-submitted (with a replacement link).
 */
final class DeclineRules {

    private static final Pattern KYC_SUBMIT = Pattern.compile("/cardholders/(\\d+)/kyc-submit$");

    /** One kyc-submit the rules forbid. */
    record Breach(long cardholderId, long submitSeq, String scenario, CardholderStatus seen, long seenSeq) {
        @Override
        public String toString() {
            return "cardholder " + cardholderId + " was submitted to compliance in call #" + submitSeq + " ("
                    + (scenario.startsWith("(") ? scenario.substring(1, scenario.length() - 1)
                    : "scenario '" + scenario + "'") + ") after call #"
                    + seenSeq + " showed it in " + seen + (seen == CardholderStatus.ADMIN_DECLINE
                    ? ": an Admin Decline is escalated by support ticket, never re-submitted"
                    : " with no accepted support ticket about it since: an Error is escalated by ticket before any"
                    + " re-submission");
        }
    }

    private DeclineRules() {
    }

    /** Every forbidden kyc-submit in {@code calls}, in call order. */
    static List<Breach> breaches(List<JsonNode> calls) {
        List<JsonNode> ordered = new ArrayList<>(calls);
        ordered.sort(Comparator.comparingLong(call -> call.path("seq").asLong()));
        Map<Long, Long> adminDeclineSeen = new HashMap<>();
        Map<Long, Long> errorSeen = new HashMap<>();
        List<Breach> breaches = new ArrayList<>();
        for (JsonNode call : ordered) {
            long seq = call.path("seq").asLong();
            Long submitted = submittedCardholder(call);
            if (submitted != null) {
                if (adminDeclineSeen.containsKey(submitted)) {
                    breaches.add(new Breach(submitted, seq, call.path("scenario").asText(),
                            CardholderStatus.ADMIN_DECLINE, adminDeclineSeen.get(submitted)));
                } else if (errorSeen.containsKey(submitted)) {
                    breaches.add(new Breach(submitted, seq, call.path("scenario").asText(), CardholderStatus.ERROR,
                            errorSeen.get(submitted)));
                }
                errorSeen.remove(submitted);
            }
            if (accepted(call, "createSupportTicket")) {
                errorSeen.remove(call.at("/request/body/cardholderId").asLong(-1));
            }
            if (call.path("status").asInt() == 200) {
                sightings(call.path("response").path("body"), (id, status) -> {
                    if (status == CardholderStatus.ADMIN_DECLINE.code()) {
                        adminDeclineSeen.putIfAbsent(id, seq);
                    } else if (status == CardholderStatus.ERROR.code()) {
                        errorSeen.putIfAbsent(id, seq);
                    }
                });
            }
        }
        return breaches;
    }

    /** The cardholder a kyc-submit call is for, answered or not (a call with no answer has no operationId). */
    private static Long submittedCardholder(JsonNode call) {
        if (!call.path("method").asText().equals("PUT")) {
            return null;
        }
        Matcher m = KYC_SUBMIT.matcher(call.path("path").asText());
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    private static boolean accepted(JsonNode call, String operationId) {
        return call.path("operationId").asText().equals(operationId) && call.path("status").asInt() == 200;
    }

    private interface Sighting {
        void seen(long cardholderId, int status);
    }

    /** Every cardholder shown in a body (an object with cardholderId and an integer status, as the ledger reads). */
    private static void sightings(JsonNode node, Sighting sink) {
        if (node.isArray()) {
            node.forEach(item -> sightings(item, sink));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("cardholderId").canConvertToLong() && node.path("status").isIntegralNumber()
                && !node.has("cardId")) {
            sink.seen(node.get("cardholderId").asLong(), node.get("status").asInt());
        }
        node.properties().forEach(e -> {
            if (e.getValue().isContainerNode()) {
                sightings(e.getValue(), sink);
            }
        });
    }
}
