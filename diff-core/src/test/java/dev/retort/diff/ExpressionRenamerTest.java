package dev.retort.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.QualifiedName;
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

    @Test
    void renamesRegclassReferencesToTheRelationOnly() {
        QualifiedName from = QualifiedName.of("public", "clients_number_seq");
        QualifiedName to = QualifiedName.of("public", "customers_number_seq");
        assertThat(ExpressionRenamer.renameRelation("nextval('public.clients_number_seq'::regclass)", from, to))
                .isEqualTo("nextval('public.customers_number_seq'::regclass)");
        assertThat(ExpressionRenamer.renameRelation("('public.clients_number_seq'::text)", from, to))
                .isEqualTo("('public.clients_number_seq'::text)");
        assertThat(ExpressionRenamer.renameRelation("nextval('public.other_seq'::regclass)", from, to))
                .isEqualTo("nextval('public.other_seq'::regclass)");
        assertThat(ExpressionRenamer.renameRelation("nextval('sales.\"Odd Seq\"'::regclass)",
                QualifiedName.of("sales", "Odd Seq"), QualifiedName.of("sales", "it's")))
                .isEqualTo("nextval('sales.\"it''s\"'::regclass)");
    }

    @Test
    void renamesColumnsInArraySlicesAndLeavesEscapeAndDollarStringsAlone() {
        assertThat(ExpressionRenamer.renameColumn("(tags)[1:n]", "n", "m")).isEqualTo("(tags)[1:m]");
        assertThat(ExpressionRenamer.renameColumn("(n <> E'\\' n')", "n", "m")).isEqualTo("(m <> E'\\' n')");
        assertThat(ExpressionRenamer.renameColumn("(n <> $$ n $$)", "n", "m")).isEqualTo("(m <> $$ n $$)");
    }
}
