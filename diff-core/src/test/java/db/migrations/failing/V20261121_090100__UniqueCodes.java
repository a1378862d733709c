package db.migrations.failing;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.List;

/** Builds a unique index concurrently over duplicate rows: the build fails outside any transaction. */
@Revision(id = "9f0000000002", parents = "a1b2c3d4e5f6", message = "unique codes",
        created = "2026-11-21T09:01:00Z")
public class V20261121_090100__UniqueCodes implements Migration {

    private static final QualifiedName CODES = QualifiedName.of("public", "codes");
    private static final Index UNIQUE_CODE = Index.on("codes_code_key", "code").asUnique();

    @Override
    public void upgrade(Operations ops) {
        ops.createTable(Table.of(CODES, List.of(Column.of("code", "text"))));
        ops.execute("INSERT INTO public.codes VALUES ('x'), ('x')");
        ops.createIndexConcurrently(CODES, UNIQUE_CODE);
        ops.addColumn(CODES, Column.of("note", "text"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropColumn(CODES, Column.of("note", "text"));
        ops.dropIndexConcurrently(CODES, UNIQUE_CODE);
        ops.dropTable(Table.of(CODES, List.of(Column.of("code", "text"))));
    }
}
