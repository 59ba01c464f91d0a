package com.axys.golive.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axys.golive.HarnessException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
final class TagExpressionsTest {

    @Test
    void parsesWithCucumbersOwnGrammarIncludingNotWithParentheses() {
        assertThat(TagExpressions.parse("@a and not(@b)").evaluate(List.of("@a"))).isTrue();
        assertThat(TagExpressions.parse("@a and not(@b)").evaluate(List.of("@a", "@b"))).isFalse();
        assertThat(TagExpressions.parse("").evaluate(List.of())).isTrue();
    }

    @Test
    void refusesMalformedExpressionsAsUsageErrorsNamingTheCause() {
        for (String bad : List.of("@a) or (@b", "(@a", "@a or", "@a AND @b", "@a Or @b", "and", "@a @b")) {
            assertThatThrownBy(() -> TagExpressions.parse(bad)).as(bad)
                    .isInstanceOf(HarnessException.class)
                    .hasMessageContaining("tag expression '" + bad.strip() + "'")
                    .extracting(e -> ((HarnessException) e).category()).isEqualTo(HarnessException.Category.USAGE);
        }
    }

    @Test
    void refusesAWordThatIsNotATag() {
        assertThatThrownBy(() -> TagExpressions.parse("checklist:P1.INT.01"))
                .hasMessageContaining("'checklist:P1.INT.01' is not a tag").hasMessageContaining("'@checklist:P1.INT.01'");
    }

    @Test
    void listsTheTagsAnExpressionNamesIncludingEscapedOnes() {
        assertThat(TagExpressions.literals(TagExpressions.parse("(@a or @b\\)c) and not @a")))
                .isEqualTo(Set.of("@a", "@b)c"));
        assertThat(TagExpressions.literals(TagExpressions.parse(""))).isEmpty();
    }
}
