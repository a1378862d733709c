package com.example.migrations;

import dev.retort.diff.Change;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.Optional;

/**
 * Raw SQL
 *
 * <p>Revision 000000000004, following 000000000003.
 *
 * <p>3 operations.
 *
 * <p>Hazards by flag (operations carrying it, of which blocking):
 * <ul>
 *   <li>UNTRACKED_DEPENDENCIES: 2</li>
 * </ul>
 *
 * <p>Downgrade refuses ({@code IrreversibleMigrationException}) until the reverse of these is written:
 * <ul>
 *   <li>execute UPDATE users SET email = lower(email)</li>
 * </ul>
 */
@Revision(
        id = "000000000004",
        parents = {"000000000003"},
        message = "Raw SQL",
        created = "2026-11-20T09:03:00Z"
)
public final class V20261120_090300__RawSQL implements Migration {
    @Override
    public void upgrade(Operations ops) {
        // UNTRACKED_DEPENDENCIES: Hand-written SQL: what it locks, rewrites or depends on is not analysed.
        // Safe alternative: Review the statement by hand: the rules cannot see what raw SQL touches.
        ops.execute("UPDATE users SET email = lower(email)");

        ops.apply(new Change.Execute(Optional.empty(),
                Optional.of("UPDATE users SET email = lower(email)")));

        // UNTRACKED_DEPENDENCIES: Hand-written SQL: what it locks, rewrites or depends on is not analysed.
        // Safe alternative: Review the statement by hand: the rules cannot see what raw SQL touches.
        ops.apply(new Change.Execute(Optional.of("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                Optional.of("DROP EXTENSION IF EXISTS pg_trgm")));
    }

    @Override
    public void downgrade(Operations ops) {
        // UNTRACKED_DEPENDENCIES: Hand-written SQL: what it locks, rewrites or depends on is not analysed.
        // Safe alternative: Review the statement by hand: the rules cannot see what raw SQL touches.
        ops.apply(new Change.Execute(Optional.of("DROP EXTENSION IF EXISTS pg_trgm"),
                Optional.of("CREATE EXTENSION IF NOT EXISTS pg_trgm")));

        // UNTRACKED_DEPENDENCIES: Hand-written SQL: what it locks, rewrites or depends on is not analysed.
        // Safe alternative: Review the statement by hand: the rules cannot see what raw SQL touches.
        ops.execute("UPDATE users SET email = lower(email)");

        // No reverse for: execute UPDATE users SET email = lower(email). Write the operations that undo it
        //     here, for example ops.execute("<SQL>"), then remove the throw at the end of this method.

        throw new IrreversibleMigrationException(
                "V20261120_090300__RawSQL cannot be downgraded: no reverse for execute UPDATE users SET email = lower(email)");
    }
}
