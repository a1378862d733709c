package dev.retort.introspect;

import dev.retort.model.ColumnReference;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the standalone sequences (serial ones included) with their options and owning column. */
final class SequenceReader {

    private SequenceReader() {
    }

    static List<Sequence> read(CatalogReader reader) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        reader.forEachRow(CatalogQuery.SEQUENCES, row -> sequences.add(new Sequence(
                QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                SequenceOptionsColumns.read(row), ownedBy(row))));
        return sequences;
    }

    private static Optional<ColumnReference> ownedBy(ResultSet row) throws SQLException {
        String column = row.getString("owner_column");
        if (column == null) {
            return Optional.empty();
        }
        QualifiedName table = QualifiedName.of(row.getString("owner_schema"), row.getString("owner_table"));
        return Optional.of(new ColumnReference(table, column));
    }
}
