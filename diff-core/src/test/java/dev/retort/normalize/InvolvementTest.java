package dev.retort.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvolvementTest {

    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private static Table orders(String codeDefault) {
        return Table.of(ORDERS, List.of(Column.of("id", "bigint").notNull(),
                        Column.of("code", "character varying(32)").withDefault(codeDefault),
                        Column.of("amount", "numeric(12,2)"), Column.of("note", "text"),
                        Column.of("customer_id", "bigint"),
                        Column.of("label", "text").withGenerated(new GeneratedColumn("upper(code)",
                                GeneratedKind.STORED))))
                .withPrimaryKey(PrimaryKey.of("orders_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("orders_note_key", "note")))
                .withChecks(List.of(CheckConstraint.of("orders_code_check", "(code <> '' AND amount > 0)"),
                        CheckConstraint.of("orders_note_check", "(length(note) < 100)")))
                .withIndexes(List.of(Index.on("orders_code_idx", "code"), Index.on("orders_note_idx", "note")))
                .withForeignKeys(List.of(ForeignKey.of("orders_customer_fk", List.of("customer_id"),
                        QualifiedName.of("public", "customers"), List.of("id"))));
    }

    @Test
    void aDefaultChangeInvolvesItsColumnAndEverythingThatReadsItWithWhatThoseRead() {
        Change change = new Change.SetDefault(ORDERS, "code", Optional.of("'new'::character varying"), "'new'");

        assertThat(Involvement.of(orders("'new'::character varying"), orders("'new'"), List.of(change)))
                .contains(new Involvement(Set.of("code", "amount", "label"),
                        Set.of("orders_code_check", "orders_code_idx")));
    }

    @Test
    void aPrimaryKeyColumnInvolvesThePrimaryKeyWhoseNotNullItImplies() {
        Change change = new Change.AlterColumnType(ORDERS, "id", "bigint", "integer", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(Involvement.of(orders("'a'"), orders("'a'"), List.of(change)))
                .contains(new Involvement(Set.of("id"), Set.of("orders_pkey")));
    }

    @Test
    void aCheckChangeInvolvesTheCheckAndTheColumnsItReadsOnEitherSide() {
        CheckConstraint before = CheckConstraint.of("orders_note_check", "(length(note) < 100)");
        CheckConstraint after = CheckConstraint.of("orders_note_check", "(length(note) < 200)");
        Table target = orders("'a'").withChecks(List.of(after));

        assertThat(Involvement.of(orders("'a'"), target, List.of(new Change.DropCheck(ORDERS, before),
                new Change.AddCheck(ORDERS, after))))
                .contains(new Involvement(Set.of("note"), Set.of("orders_note_check", "orders_note_key",
                        "orders_note_idx")));
    }

    @Test
    void foreignKeyChangesInvolveNothingBecauseForeignKeysAreNeverBuiltInTheScratchDatabase() {
        Table current = orders("'a'");
        Table target = current.withForeignKeys(List.of());

        Optional<Involvement> involvement = Involvement.of(current, target,
                List.of(new Change.DropForeignKey(ORDERS, current.foreignKeys().get(0))));

        assertThat(involvement).contains(new Involvement(Set.of(), Set.of()));
        assertThat(involvement.get().isEmpty()).isTrue();
    }

    @Test
    void aRenameIsNotFollowedSoTheWholeTableIsSpelled() {
        assertThat(Involvement.of(orders("'a'"), orders("'a'"),
                List.of(new Change.RenameColumn(ORDERS, "note", "remark")))).isEmpty();
    }
}
