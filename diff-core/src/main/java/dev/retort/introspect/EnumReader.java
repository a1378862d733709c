package dev.retort.introspect;

import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the enum types with their labels in sort order. */
final class EnumReader {

    private EnumReader() {
    }

    static List<EnumType> read(CatalogReader reader) throws SQLException {
        List<EnumType> enums = new ArrayList<>();
        reader.forEachRow(CatalogQuery.ENUMS, row -> enums.add(new EnumType(
                QualifiedName.of(row.getString("nspname"), row.getString("typname")),
                SqlArrays.strings(row, "labels"))));
        return enums;
    }
}
