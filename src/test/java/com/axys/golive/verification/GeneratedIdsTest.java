package com.axys.golive.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class GeneratedIdsTest {

    private static final String ID = "7364920185736450";

    private static boolean standsAt(String line) {
        int start = line.indexOf(ID);
        return GeneratedIds.standsAt(line, start, start + ID.length());
    }

    @Test
    void theWholeValueOfAnAllureIdFieldIsAGeneratedId() {
        assertThat(standsAt("{\"uid\":\"" + ID + "\"}")).isTrue();
        assertThat(standsAt("{\"name\":\"x\",\"parentUid\" : \"" + ID + "\"}")).isTrue();
        assertThat(standsAt("{\"historyId\":\"" + ID + "\",\"testCaseId\":\"a\"}")).isTrue();
        assertThat(standsAt("\"{\\\"uuid\\\":\\\"" + ID + "\\\"}\"")).as("inside escaped JSON").isTrue();
    }

    @Test
    void aFileNamedAfterAnIdIsAGeneratedIdWhereAPathOrStringStarts() {
        assertThat(standsAt("{\"source\":\"" + ID + ".json\"}")).isTrue();
        assertThat(standsAt("report/data/test-cases/" + ID + ".json")).isTrue();
        assertThat(standsAt("<img src=\"attachments/" + ID + ".png\">")).isTrue();
    }

    @Test
    void theSameDigitsAnywhereElseAreNoGeneratedId() {
        assertThat(standsAt("{\"name\":\"card " + ID + "\"}")).isFalse();
        assertThat(standsAt("{\"uidx\":\"" + ID + "\"}")).isFalse();
        assertThat(standsAt("{\"uid\":\"" + ID + " and more\"}")).isFalse();
        assertThat(standsAt("{\"cardNumber\":\"" + ID + "\"}")).isFalse();
        assertThat(standsAt("{\"file\":\"" + ID + ".jsonx\"}")).isFalse();
        assertThat(standsAt("card " + ID + ".json")).as("not where a path or string starts").isFalse();
    }
}
