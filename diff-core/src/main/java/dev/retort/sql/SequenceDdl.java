package dev.retort.sql;

import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.model.ColumnReference;
import dev.retort.model.EnumType;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import java.util.stream.Collectors;

/** DDL for schemas, enum types and standalone sequences. */
final class SequenceDdl {

    private SequenceDdl() {
    }

    static String createSchema(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
    }

    static String createEnum(EnumType type) {
        String labels = type.labels().stream().map(SqlIdentifiers::literal).collect(Collectors.joining(", "));
        return "CREATE TYPE " + quote(type.name()) + " AS ENUM (" + labels + ")";
    }

    /** Every option is written, so the sequence never depends on PostgreSQL's defaults for its type. */
    static String createSequence(Sequence sequence) {
        SequenceOptions options = sequence.options();
        return "CREATE SEQUENCE " + quote(sequence.name()) + " AS " + options.dataType() + " " + options(options);
    }

    /** {@code OWNED BY table.column}, or {@code OWNED BY NONE} for a sequence that no column owns. */
    static String alterSequenceOwnedBy(Sequence sequence) {
        String owner = sequence.ownedBy().map(SequenceDdl::column).orElse("NONE");
        return "ALTER SEQUENCE " + quote(sequence.name()) + " OWNED BY " + owner;
    }

    /**
     * The options shared by {@code CREATE SEQUENCE} and an identity column's sequence, without {@code AS type}:
     * {@code INCREMENT BY, MINVALUE, MAXVALUE, START WITH, CACHE, [NO] CYCLE}.
     */
    static String options(SequenceOptions options) {
        return "INCREMENT BY " + options.increment()
                + " MINVALUE " + options.minValue()
                + " MAXVALUE " + options.maxValue()
                + " START WITH " + options.start()
                + " CACHE " + options.cache()
                + (options.cycle() ? " CYCLE" : " NO CYCLE");
    }

    static String column(ColumnReference reference) {
        return quote(reference.table()) + "." + quote(reference.column());
    }
}
