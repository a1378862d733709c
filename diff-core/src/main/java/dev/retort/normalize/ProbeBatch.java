package dev.retort.normalize;

import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables of one side of a comparison to spell canonically, built together in one scratch round: whole tables,
 * and reduced tables ({@link TableReduction}) shared as one probe per shape, so that a thousand tables that differ
 * from the entities only in how PostgreSQL prints the same default cost one probe rather than a thousand tables.
 */
final class ProbeBatch {

    private static final String PROBE = "retort_probe_";

    private final SchemaModel model;
    private final List<Table> whole = new ArrayList<>();
    private final Map<Table, Integer> shapes = new LinkedHashMap<>();
    private final Map<QualifiedName, Reduced> reduced = new LinkedHashMap<>();

    /** A table spelled through a probe: its shape's number and how to name the probe's parts back. */
    private record Reduced(Table table, int shape, Map<String, String> originalNames) {
    }

    ProbeBatch(SchemaModel model) {
        this.model = model;
    }

    /** Spells the whole table canonically. */
    void whole(Table table) {
        whole.add(table);
    }

    /** Spells only the involved part of the table canonically, through the probe of its shape. */
    void reduced(Table table, Involvement involvement) {
        add(Part.of(table, involvement));
    }

    /** Spells {@code part} of its table canonically, through the probe of its shape. */
    void add(Part part) {
        Integer number = shapes.computeIfAbsent(part.shape(), s -> shapes.size());
        reduced.put(part.table().name(), new Reduced(part.table(), number, part.originalNames()));
    }

    /**
     * The involved part of a table as its probe's shape (named {@code t}, its parts named by kind and position)
     * and the original name of each part; worked out from the table alone, so tables can be prepared in parallel.
     */
    record Part(Table table, Table shape, Map<String, String> originalNames) {

        static Part of(Table table, Involvement involvement) {
            Table part = TableReduction.reduce(table, involvement);
            Map<String, String> neutral = TableRenaming.neutralNames(part);
            Table shape = TableRenaming.rename(part, QualifiedName.of(part.name().schema(), "t"), neutral::get);
            Map<String, String> back = new HashMap<>();
            neutral.forEach((original, name) -> back.put(name, original));
            return new Part(table, shape, back);
        }
    }

    /** How many tables the scratch round builds: the whole tables and one probe per shape. */
    int builtTables() {
        return whole.size() + shapes.size();
    }

    /** The model with every table of the batch in its canonical spelling; one scratch round at most. */
    SchemaModel canonical(ScratchNormalizer normalizer) throws SQLException {
        if (whole.isEmpty() && shapes.isEmpty()) {
            return model;
        }
        List<Table> build = new ArrayList<>(whole);
        shapes.forEach((shape, n) -> build.add(TableRenaming.rename(shape, probeName(shape, n), p -> PROBE + n + "_"
                + p)));
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> new Sequence(s.name(), s.options(), Optional.empty())).toList();
        SchemaModel canonical = normalizer.canonical(new SchemaModel(model.schemas(), model.enums(), sequences,
                build));
        Map<QualifiedName, Table> result = new ConcurrentHashMap<>();
        whole.forEach(t -> result.put(t.name(), table(canonical, t.name())));
        List<Table> spelled = new ArrayList<>(shapes.keySet());
        // Why in parallel: each table is spliced from its own probe alone, and a large schema has thousands.
        reduced.values().parallelStream().forEach(r -> result.put(r.table().name(),
                TableReduction.splice(r.table(), restore(canonical, spelled.get(r.shape()), r))));
        return model.withTables(model.tables().stream().map(t -> result.getOrDefault(t.name(), t)).toList());
    }

    private static Table restore(SchemaModel canonical, Table shape, Reduced reduced) {
        String prefix = PROBE + reduced.shape() + "_";
        Table probe = table(canonical, probeName(shape, reduced.shape()));
        return TableRenaming.rename(probe, reduced.table().name(), n -> n.startsWith(prefix)
                ? reduced.originalNames().getOrDefault(n.substring(prefix.length()), n) : n);
    }

    private static QualifiedName probeName(Table shape, int number) {
        return QualifiedName.of(shape.name().schema(), PROBE + number);
    }

    private static Table table(SchemaModel model, QualifiedName name) {
        return model.table(name).orElseThrow(() -> new IllegalStateException("the scratch database did not read back "
                + name));
    }
}
