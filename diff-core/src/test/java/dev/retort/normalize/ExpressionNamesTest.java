package dev.retort.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpressionNamesTest {

    @Test
    void findsBareColumnNamesWhateverTheirCaseAndIgnoresOtherWords() {
        assertThat(ExpressionNames.columnsIn("((LEVEL)::text = ANY ((ARRAY['LOW'::character varying])::text[]))",
                Set.of("level", "code", "text_value"))).containsExactly("level");
    }

    @Test
    void findsQuotedColumnNamesWithEscapedQuotes() {
        assertThat(ExpressionNames.columnsIn("(\"Mixed \"\"Case\"\"\" > 0) AND (amount >= (0)::numeric)",
                Set.of("Mixed \"Case\"", "amount", "Mixed"))).containsExactlyInAnyOrder("Mixed \"Case\"", "amount");
    }

    @Test
    void countsWordsInsideStringLiteralsTooBecauseMoreColumnsOnlyCostALargerProbe() {
        assertThat(ExpressionNames.columnsIn("(state <> 'code')", Set.of("state", "code", "note")))
                .containsExactlyInAnyOrder("state", "code");
    }
}
