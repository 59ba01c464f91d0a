package com.axys.golive.evidence.bundle;

/**
 * One line of {@code transitions.jsonl}: an observed state change of one entity field.
 *
 * @param from                  the previous value, or null (written as null) for the first sighting
 * @param observedAt            when it was seen (ISO-8601, as written)
 * @param callSeq               the call whose answer showed it
 * @param allowedByStateMachine whether the documented state machine allows it
 */
public record TransitionLine(String entity, String id, String field, Long from, long to, String observedAt,
                             long callSeq, String scenario, boolean allowedByStateMachine, String rule) {
}
