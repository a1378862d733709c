package dev.retort.scan.mapping;

import dev.retort.model.Sequence;
import dev.retort.model.Table;
import java.util.List;

/** A mapped table and the sequences its {@code serial} column definitions create. */
record MappedTable(Table table, List<Sequence> serialSequences) {

    MappedTable {
        serialSequences = List.copyOf(serialSequences);
    }
}
