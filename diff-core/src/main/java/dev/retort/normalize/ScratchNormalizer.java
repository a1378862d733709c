package dev.retort.normalize;

import dev.retort.introspect.CatalogIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.sql.CreateDdl;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spells a model the way PostgreSQL prints it back: builds it in a scratch database (of the same major version
 * as the database it will be compared with), reads it back with the introspector, and rolls everything back.
 * Repeats until the model stops changing, because a few expressions print in a form that parses to a different
 * tree (see {@code DdlRoundTripIT}); at the fixpoint, a database built from the printed text reads back the same.
 *
 * <p>Foreign keys are left out of the scratch build and put back afterwards: they hold no expression, and the
 * tables they reference may lie outside the model.
 */
public final class ScratchNormalizer {

    /** Two passes reach the fixpoint for every construct known; the third is a margin. */
    private static final int MAX_PASSES = 3;

    private final Connection scratch;
    private final CatalogIntrospector introspector = new CatalogIntrospector();

    /** @param scratch a connection to an empty database that this normalizer may build in and roll back */
    public ScratchNormalizer(Connection scratch) {
        this.scratch = scratch;
    }

    /** The model at its fixpoint: what PostgreSQL prints for it, however often it is rebuilt. */
    public SchemaModel canonical(SchemaModel model) throws SQLException {
        SchemaModel current = withoutForeignKeys(model);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            SchemaModel printed = pass(current);
            if (printed.equals(current)) {
                break;
            }
            current = printed;
        }
        return withForeignKeysOf(current, model);
    }

    private SchemaModel pass(SchemaModel model) throws SQLException {
        boolean autoCommit = scratch.getAutoCommit();
        scratch.setAutoCommit(false);
        try (Statement statement = scratch.createStatement()) {
            List<String> statements = CreateDdl.createAll(model);
            if (!statements.isEmpty()) {
                // Why one string: the driver sends its statements in one round trip instead of one each.
                statement.execute(String.join(";\n", statements));
            }
            return introspector.introspectInTransaction(scratch, model.schemas());
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL could not build the schema in the scratch database: "
                    + e.getMessage(), e.getSQLState(), e);
        } finally {
            scratch.rollback();
            scratch.setAutoCommit(autoCommit);
        }
    }

    private static SchemaModel withoutForeignKeys(SchemaModel model) {
        return model.withTables(model.tables().stream().map(t -> t.withForeignKeys(List.of())).toList());
    }

    private static SchemaModel withForeignKeysOf(SchemaModel canonical, SchemaModel original) {
        Map<Object, Table> originals = original.tables().stream()
                .collect(Collectors.toMap(Table::name, Function.identity()));
        return canonical.withTables(canonical.tables().stream()
                .map(t -> t.withForeignKeys(originals.get(t.name()).foreignKeys())).toList());
    }
}
