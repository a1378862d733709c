package dev.retort.introspect;

import dev.retort.model.SequenceOptions;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads sequence options from the {@code pg_sequence} columns that the sequence and column queries both select. */
final class SequenceOptionsColumns {

    private SequenceOptionsColumns() {
    }

    static SequenceOptions read(ResultSet row) throws SQLException {
        return new SequenceOptions(row.getString("sequence_type"), row.getLong("seqstart"),
                row.getLong("seqincrement"), row.getLong("seqmin"), row.getLong("seqmax"), row.getLong("seqcache"),
                row.getBoolean("seqcycle"));
    }
}
