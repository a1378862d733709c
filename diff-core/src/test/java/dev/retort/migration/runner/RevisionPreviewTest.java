package dev.retort.migration.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.hazard.Hazard;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One revision previewed offline: hazards in the revision's own context, the runner's SQL, nothing refused. */
class RevisionPreviewTest {

    private static final QualifiedName TAGS = QualifiedName.of("public", "tags");
    private static final QualifiedName ACCOUNTS = QualifiedName.of("public", "accounts");

    private final MigrationSource source = new MigrationSource("abcdefabcdef", List.of(), "tags",
            "2026-11-20T10:00:00Z", Optional.empty(), "Tags.java", () -> new Migration() {
                @Override
                public void upgrade(Operations ops) {
                    ops.createTable(Table.of(TAGS, List.of(Column.of("name", "text"))));
                    ops.setNotNull(TAGS, "name");
                    ops.createIndexConcurrently(ACCOUNTS, Index.on("accounts_name_idx", "name"));
                    ops.backfillToBeWritten(ACCOUNTS, "name");
                    ops.setNotNull(ACCOUNTS, "name").accept(Hazard.MAY_FAIL_ON_DATA, "checked by hand");
                }

                @Override
                public void downgrade(Operations ops) {
                    throw new IrreversibleMigrationException("no way back");
                }
            });

    @Test
    void assessesEachOperationInTheRevisionsOwnContextWithoutRefusing() {
        RevisionPreview preview = RevisionPreview.offline(source, Direction.UPGRADE, 17);
        assertThat(preview.sizesKnown()).isFalse();
        assertThat(preview.source()).isSameAs(source);
        List<RevisionPreview.Operation> operations = preview.operations();
        assertThat(operations).extracting(o -> o.assessed().operation()).containsExactly(
                "create_table public.tags", "set_not_null public.tags.name",
                "create_index public.accounts.accounts_name_idx", "backfill public.accounts.name",
                "set_not_null public.accounts.name");
        assertThat(operations.get(1).assessed().flags()).isEmpty();
        assertThat(operations.get(1).assessed().tableMayHaveRows()).isFalse();
        assertThat(operations.get(4).assessed().tableMayHaveRows()).isTrue();
        assertThat(operations.get(4).assessed().unaccepted(false)).extracting(f -> f.hazard())
                .containsExactly(Hazard.BLOCKS_READS_WRITES);
        assertThat(operations.get(2).sql()).containsExactly(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_name_idx ON public.accounts USING btree (name)");
        assertThat(operations.get(3).sql()).isEmpty();
        assertThat(operations.get(3).incomplete()).contains("The backfill of public.accounts.name has no value yet:"
                + " write the value (an SQL expression) that existing rows get before the column becomes NOT NULL.");
        assertThat(operations.get(4).sql()).containsExactly("ALTER TABLE public.accounts ALTER COLUMN name SET"
                + " NOT NULL");
    }

    @Test
    void aBodyThatRefusesToRecordIsReported() {
        assertThatThrownBy(() -> RevisionPreview.offline(source, Direction.DOWNGRADE, 17))
                .isInstanceOf(MigrationStateException.class)
                .hasMessage("Tags.java (revision abcdefabcdef): its downgrade refuses, nothing was run: no way back")
                .hasCauseInstanceOf(IrreversibleMigrationException.class);
    }
}
