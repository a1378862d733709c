package dev.retort.scan.mapping;

import dev.retort.model.Column;
import dev.retort.model.Sequence;
import java.util.List;
import java.util.Optional;

/**
 * One mapped column and what its declaration contributes to its table: the CHECKs written with the column (in
 * order), whether it is declared UNIQUE, and the sequence a {@code serial} column definition creates.
 */
record ColumnParts(Column column, List<CheckSpec> checks, boolean unique, Optional<Sequence> serialSequence) {

    ColumnParts {
        checks = List.copyOf(checks);
    }
}
