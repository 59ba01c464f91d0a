package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PreflightJsonTest {

    @Test
    void writesTheVerdictCountsAndEveryCheck() throws Exception {
        PreflightReport report = new PreflightReport("production (https://production.api.axyscards.com/v2)", List.of(
                new CheckResult("validity", List.of("P2.CERT.03"), CheckStatus.FAIL, "expired", "renew",
                        List.of("note"), List.of("openssl x509 -noout -dates -in a.crt")),
                new CheckResult("auth test", List.of("P2.NET.06", "P3.01"), CheckStatus.SKIP, "not attempted", "",
                        List.of(), List.of())));

        JsonNode json = new ObjectMapper().readTree(PreflightJson.write(report));

        assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.path("summary").asText()).startsWith("FAILED: 1 of 2 checks failed");
        assertThat(json.path("counts").path("SKIP").asInt()).isEqualTo(1);
        JsonNode validity = json.path("checks").get(0);
        assertThat(validity.path("checklistIds").get(0).asText()).isEqualTo("P2.CERT.03");
        assertThat(validity.path("result").asText()).isEqualTo("FAIL");
        assertThat(validity.path("fix").asText()).isEqualTo("renew");
        assertThat(validity.path("commands").get(0).asText()).startsWith("openssl x509");
        assertThat(json.path("checks").get(1).path("fix").isNull()).isTrue();
    }
}
