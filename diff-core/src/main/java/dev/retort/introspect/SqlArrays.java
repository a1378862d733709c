package dev.retort.introspect;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code text[]} columns of catalog rows. */
final class SqlArrays {

    private SqlArrays() {
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
