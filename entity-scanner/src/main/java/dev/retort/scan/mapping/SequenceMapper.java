package dev.retort.scan.mapping;

import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.scan.ScanException;

/**
 * Maps a Hibernate sequence as its PostgreSQL dialect creates it: {@code create sequence name [minvalue n |
 * maxvalue n] start with initial increment by allocation} (SequenceSupport.getCreateSequenceString), so a
 * {@code bigint} sequence with PostgreSQL's defaults for everything not written.
 */
final class SequenceMapper {

    private SequenceMapper() {
    }

    static Sequence map(org.hibernate.boot.model.relational.Sequence source, MappingContext context) {
        var qualified = source.getName();
        QualifiedName name = QualifiedName.of(context.schema(qualified.getSchemaName()),
                PgIdentifiers.fold(qualified.getSequenceName()));
        if (source.getOptions() != null && !source.getOptions().isBlank()) {
            context.warnings().add("sequence " + name, "sequence options '" + source.getOptions()
                    + "' are not represented");
        }
        long initial = source.getInitialValue();
        long increment = source.getIncrementSize();
        SequenceOptions defaults = SequenceOptions.defaults("bigint", increment);
        // Why: Hibernate writes minvalue (or maxvalue) only when the start lies outside PostgreSQL's default range.
        long min = increment > 0 && initial <= 0 ? initial : defaults.minValue();
        long max = increment < 0 && initial >= 0 ? initial : defaults.maxValue();
        try {
            return Sequence.of(name, new SequenceOptions("bigint", initial, increment, min, max, 1, false));
        } catch (IllegalArgumentException e) {
            throw new ScanException("sequence " + name + " cannot be created as Hibernate declares it: "
                    + e.getMessage(), e);
        }
    }
}
