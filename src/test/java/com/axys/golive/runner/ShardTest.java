package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --shard I/N} over the harness's own scenarios: a split every CI machine computes alike. */
class ShardTest {

    private static final List<FeatureRunner.PlannedScenario> ALL = FeatureRunner.plan(
            TagSelection.of("not @wip", List.of())).scenarioList();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7})
    void thePartsAreDisjointAndTogetherAreTheSelection(int parts) {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 1; i <= parts; i++) {
            Set<String> mine = new Shard(i, parts).pick(ALL);
            total += mine.size();
            seen.addAll(mine);
        }
        Set<String> expected = new HashSet<>();
        ALL.forEach(s -> expected.add(Shard.key(s.feature(), s.name())));
        assertThat(seen).isEqualTo(expected);
        assertThat(total).as("no scenario in two parts").isEqualTo(expected.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 7})
    void thePartsDifferByAtMostOneScenario(int parts) {
        int[] sizes = new int[parts];
        for (int i = 1; i <= parts; i++) {
            sizes[i - 1] = new Shard(i, parts).pick(ALL).size();
        }
        assertThat(java.util.Arrays.stream(sizes).max().getAsInt() - java.util.Arrays.stream(sizes).min().getAsInt())
                .as(java.util.Arrays.toString(sizes)).isLessThanOrEqualTo(1);
    }

    @Test
    void theSplitDependsOnTheScenariosNotOnTheOrderTheyWereFound() {
        List<FeatureRunner.PlannedScenario> shuffled = new ArrayList<>(ALL);
        Collections.shuffle(shuffled, new Random(7));
        for (int i = 1; i <= 3; i++) {
            assertThat(new Shard(i, 3).pick(shuffled)).containsExactlyInAnyOrderElementsOf(new Shard(i, 3).pick(ALL));
        }
    }

    @Test
    void aShardIsWrittenIOverNAndAnythingElseIsRefusedSayingHow() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ").isWhole()).isTrue();
        assertThatThrownBy(() -> Shard.parse("2-4")).hasMessageContaining("written I/N").hasMessageContaining("'2-4'");
        assertThatThrownBy(() -> Shard.parse("")).hasMessageContaining("written I/N");
        assertThatThrownBy(() -> Shard.parse("0/2")).hasMessageContaining("1 <= I <= N").hasMessageContaining("0/2");
        assertThatThrownBy(() -> Shard.parse("3/2")).hasMessageContaining("got 3/2");
        assertThatThrownBy(() -> Shard.parse("1/0")).hasMessageContaining("got 1/0");
        assertThatThrownBy(() -> Shard.parse("1/9999")).hasMessageContaining("<= " + Shard.MAX_PARTS);
    }
}
