package dev.retort.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableRenamingTest {

    private static Table table(String name) {
        Identity identity = new Identity(IdentityGeneration.ALWAYS, name + "_id_seq",
                SequenceOptions.defaults("bigint", 1));
        return Table.of(QualifiedName.of("sales", name), List.of(Column.of("id", "bigint").withIdentity(identity),
                        Column.of("code", "text")))
                .withPrimaryKey(PrimaryKey.of(name + "_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of(name + "_code_key", "code")))
                .withChecks(List.of(CheckConstraint.of(name + "_code_check", "(code <> '')")))
                .withIndexes(List.of(Index.on(name + "_code_idx", "code")));
    }

    @Test
    void tablesThatDifferOnlyInNamesHaveTheSameNeutralShape() {
        Table first = table("orders");
        Table second = table("invoices");

        Table firstShape = TableRenaming.rename(first, QualifiedName.of("sales", "t"),
                TableRenaming.neutralNames(first)::get);

        assertThat(TableRenaming.neutralNames(first)).isEqualTo(Map.of("orders_pkey", "pk", "orders_code_key", "u1",
                "orders_code_check", "c1", "orders_code_idx", "i1", "orders_id_seq", "s1"));
        assertThat(TableRenaming.rename(second, QualifiedName.of("sales", "t"),
                TableRenaming.neutralNames(second)::get)).isEqualTo(firstShape);
        assertThat(firstShape).isEqualTo(table("t").withColumns(List.of(Column.of("id", "bigint").withIdentity(
                        new Identity(IdentityGeneration.ALWAYS, "s1", SequenceOptions.defaults("bigint", 1))),
                        Column.of("code", "text")))
                .withPrimaryKey(PrimaryKey.of("pk", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("u1", "code")))
                .withChecks(List.of(CheckConstraint.of("c1", "(code <> '')")))
                .withIndexes(List.of(Index.on("i1", "code"))));
    }

    @Test
    void renamingToTheNeutralShapeAndBackGivesTheTableAgain() {
        Table orders = table("orders");
        Map<String, String> neutral = TableRenaming.neutralNames(orders);
        Map<String, String> back = new HashMap<>();
        neutral.forEach((original, name) -> back.put(name, original));

        Table shape = TableRenaming.rename(orders, QualifiedName.of("sales", "t"), neutral::get);

        assertThat(TableRenaming.rename(shape, orders.name(), back::get)).isEqualTo(orders);
    }

    @Test
    void aNameLongerThanPostgresKeepsIsLong() {
        assertThat(TableRenaming.hasLongNames(table("orders"))).isFalse();
        assertThat(TableRenaming.hasLongNames(table("o".repeat(52)))).isFalse();
        assertThat(TableRenaming.hasLongNames(table("o".repeat(53)))).isTrue();
        assertThat(TableRenaming.hasLongNames(table("orders").withColumns(List.of(Column.of("id", "bigint")
                .notNull(), Column.of("c".repeat(64), "text"), Column.of("code", "text"))))).isTrue();
    }
}
