package com.axys.golive.evidence.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code scenarios.jsonl}: how one scenario ended.
 *
 * @param ts        when it ended (ISO-8601, as written)
 * @param scenario  its name
 * @param status    Cucumber's status in lower case, or {@code pending-on-target}
 * @param failure   the redacted failure message, or null (left out of the line)
 * @param continues the earlier run whose entities it adopted ({@code --continue}), or null (left out)
 * @param resume    what its steps carried, for a later run to continue it; empty (left out) unless pending
 */
public record ScenarioLine(String ts, String scenario, String feature, List<String> tags, List<String> checklist,
                           String status, long durationMs,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String failure,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String continues,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, JsonNode> resume) {

    public ScenarioLine {
        tags = tags == null ? List.of() : List.copyOf(tags);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        resume = resume == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resume));
    }
}
