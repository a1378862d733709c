package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.QualifiedName;
import org.junit.jupiter.api.Test;

class SqlIdentifiersTest {

    @Test
    void leavesPlainLowerCaseNamesBare() {
        assertThat(SqlIdentifiers.quote("orders")).isEqualTo("orders");
        assertThat(SqlIdentifiers.quote("_x9")).isEqualTo("_x9");
        assertThat(SqlIdentifiers.quote("order_line_2")).isEqualTo("order_line_2");
    }

    @Test
    void leavesUnreservedKeywordsBare() {
        assertThat(SqlIdentifiers.quote("name")).isEqualTo("name");
        assertThat(SqlIdentifiers.quote("comment")).isEqualTo("comment");
        assertThat(SqlIdentifiers.quote("version")).isEqualTo("version");
    }

    @Test
    void quotesReservedAndOtherNonUnreservedKeywords() {
        assertThat(SqlIdentifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(SqlIdentifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(SqlIdentifiers.quote("between")).isEqualTo("\"between\"");
        assertThat(SqlIdentifiers.quote("authorization")).isEqualTo("\"authorization\"");
    }

    @Test
    void quotesKeywordsThatOnlyNewerVersionsReserve() {
        assertThat(SqlIdentifiers.quote("json_table")).isEqualTo("\"json_table\"");
        assertThat(SqlIdentifiers.quote("system_user")).isEqualTo("\"system_user\"");
    }

    @Test
    void quotesEverythingElseAndDoublesEmbeddedQuotes() {
        assertThat(SqlIdentifiers.quote("Orders")).isEqualTo("\"Orders\"");
        assertThat(SqlIdentifiers.quote("ORDERS")).isEqualTo("\"ORDERS\"");
        assertThat(SqlIdentifiers.quote("1st")).isEqualTo("\"1st\"");
        assertThat(SqlIdentifiers.quote("a b")).isEqualTo("\"a b\"");
        assertThat(SqlIdentifiers.quote("a$b")).isEqualTo("\"a$b\"");
        assertThat(SqlIdentifiers.quote("straße")).isEqualTo("\"straße\"");
        assertThat(SqlIdentifiers.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SqlIdentifiers.quote("")).isEqualTo("\"\"");
    }

    @Test
    void quotesEachPartOfAQualifiedName() {
        assertThat(SqlIdentifiers.quote(QualifiedName.of("public", "orders"))).isEqualTo("public.orders");
        assertThat(SqlIdentifiers.quote(QualifiedName.of("Sales", "user"))).isEqualTo("\"Sales\".\"user\"");
        assertThat(SqlIdentifiers.quote(QualifiedName.of("a.b", "c"))).isEqualTo("\"a.b\".c");
    }

    @Test
    void writesStandardConformingLiterals() {
        assertThat(SqlIdentifiers.literal("plain")).isEqualTo("'plain'");
        assertThat(SqlIdentifiers.literal("it's")).isEqualTo("'it''s'");
        assertThat(SqlIdentifiers.literal("back\\slash")).isEqualTo("'back\\slash'");
        assertThat(SqlIdentifiers.literal("")).isEqualTo("''");
        assertThat(SqlIdentifiers.literal("line\nbreak")).isEqualTo("'line\nbreak'");
    }

    @Test
    void keywordResourceHoldsTheUnionOfBothVersions() {
        assertThat(QuotedKeywords.all()).hasSize(164).contains("all", "user", "json", "json_table", "merge_action")
                .doesNotContain("name", "comment", "double");
    }
}
