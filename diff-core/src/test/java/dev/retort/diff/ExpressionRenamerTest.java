package dev.retort.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionRenamerTest {

    @Test
    void renamesColumnReferencesOnly() {
        assertThat(ExpressionRenamer.renameColumn("((name)::text <> 'name'::text)", "name", "full_name"))
                .isEqualTo("((full_name)::text <> 'name'::text)");
        assertThat(ExpressionRenamer.renameColumn("lower(lower)", "lower", "x")).isEqualTo("lower(x)");
        assertThat(ExpressionRenamer.renameColumn("(status)::public.status", "status", "state"))
                .isEqualTo("(state)::public.status");
        assertThat(ExpressionRenamer.renameColumn("(\"Weird Name\" > 0)", "Weird Name", "Better"))
                .isEqualTo("(\"Better\" > 0)");
        assertThat(ExpressionRenamer.renameColumn("(a > 0)", "a", "select")).isEqualTo("(\"select\" > 0)");
        assertThat(ExpressionRenamer.renameColumn("(ab > a)", "a", "b")).isEqualTo("(ab > b)");
    }
}
