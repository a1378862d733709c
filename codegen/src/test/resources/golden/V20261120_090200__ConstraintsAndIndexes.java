package com.example.migrations;

import dev.retort.hazard.Hazard;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * Constraints and indexes
 *
 * <p>Revision 000000000003, following 000000000002.
 *
 * <p>13 operations.
 *
 * <p>Hazards by flag (operations carrying it, of which blocking):
 * <ul>
 *   <li>BREAKS_RUNNING_APP: 5</li>
 *   <li>BLOCKS_READS_WRITES: 3, 3 blocking</li>
 *   <li>BLOCKS_WRITES: 2</li>
 *   <li>MAY_FAIL_ON_DATA: 5, 5 blocking</li>
 *   <li>WEAKENS_INTEGRITY: 4</li>
 *   <li>NON_TRANSACTIONAL: 4</li>
 *   <li>UNTRACKED_DEPENDENCIES: 2</li>
 *   <li>PERFORMANCE_IMPACT: 4</li>
 *   <li>LOCK_QUEUE_RISK: 10</li>
 * </ul>
 *
 * <p>Blocking: {@code upgrade} refuses this migration until a reviewer accepts each blocking hazard on its
 * operation, with the reason it is safe here, by appending for example
 * {@code .accept(Hazard.BLOCKS_READS_WRITES, "reason")} to the operation's statement (the generator never writes an
 * acceptance), or runs {@code upgrade --accept-hazards}:
 * <ul>
 *   <li>add primary key users_pkey on public.users (id): BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA</li>
 *   <li>add unique constraint users_email_key on public.users (email): BLOCKS_READS_WRITES,
 *       MAY_FAIL_ON_DATA</li>
 *   <li>add foreign key orders_user_fk on sales.Orders (user_id) references public.users (id):
 *       MAY_FAIL_ON_DATA</li>
 *   <li>add check users_email_check on public.users ((length((email)::text) &gt; 3)): BLOCKS_READS_WRITES,
 *       MAY_FAIL_ON_DATA</li>
 *   <li>create unique index orders_code_key concurrently on sales.Orders (lower(code)) where (code IS NOT
 *       NULL): MAY_FAIL_ON_DATA</li>
 * </ul>
 */
@Revision(
        id = "000000000003",
        parents = {"000000000002"},
        message = "Constraints and indexes",
        created = "2026-11-20T09:02:00Z"
)
public final class V20261120_090200__ConstraintsAndIndexes implements Migration {
    private static final QualifiedName USERS = QualifiedName.of("public", "users");

    private static final QualifiedName ORDERS = QualifiedName.of("sales", "Orders");

    @Override
    public void upgrade(Operations ops) {
        // BLOCKS_READS_WRITES (blocking): ADD PRIMARY KEY users_pkey on public.users builds its index (and
        //     checks NOT NULL) under ACCESS EXCLUSIVE, blocking reads and writes.
        // MAY_FAIL_ON_DATA (blocking): ADD PRIMARY KEY users_pkey on public.users fails on duplicate or NULL
        //     keys.
        // NON_TRANSACTIONAL: The safe path builds the index CONCURRENTLY, outside a transaction, and can leave
        //     an INVALID index behind.
        // LOCK_QUEUE_RISK: ADD PRIMARY KEY users_pkey on public.users takes ACCESS EXCLUSIVE on the table.
        // Safe alternative: R5: R1 for each nullable key column, CREATE UNIQUE INDEX CONCURRENTLY, then ADD
        //     CONSTRAINT ... PRIMARY KEY USING INDEX.
        ops.addPrimaryKey(USERS, PrimaryKey.of("users_pkey", "id"));

        // BREAKS_RUNNING_APP: The running application's @Id and logical replication (REPLICA IDENTITY DEFAULT)
        //     rely on the primary key.
        // WEAKENS_INTEGRITY: DROP CONSTRAINT users_pkey on public.users removes the row identity and its
        //     uniqueness guarantee.
        // UNTRACKED_DEPENDENCIES: Foreign keys of other tables or services may reference the key.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT users_pkey on public.users takes ACCESS EXCLUSIVE on the table,
        //     briefly.
        // Safe alternative for BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, UNTRACKED_DEPENDENCIES: Migrate the
        //     foreign keys that reference it first; replace a key in one statement with ADD CONSTRAINT ...
        //     PRIMARY KEY USING INDEX.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropPrimaryKey(USERS, PrimaryKey.of("users_pkey", "id"));

        // BREAKS_RUNNING_APP: Writers of the running application that produce duplicates start failing.
        // BLOCKS_READS_WRITES (blocking): ADD CONSTRAINT users_email_key UNIQUE on public.users builds its
        //     index under ACCESS EXCLUSIVE, blocking reads and writes.
        // MAY_FAIL_ON_DATA (blocking): ADD CONSTRAINT users_email_key UNIQUE on public.users fails on
        //     duplicate values.
        // NON_TRANSACTIONAL: The safe path builds the index CONCURRENTLY, outside a transaction, and can leave
        //     an INVALID index behind.
        // LOCK_QUEUE_RISK: ADD CONSTRAINT users_email_key UNIQUE on public.users takes ACCESS EXCLUSIVE on the
        //     table.
        // Safe alternative: R4: CREATE UNIQUE INDEX CONCURRENTLY, check indisvalid, then ADD CONSTRAINT ...
        //     UNIQUE USING INDEX.
        ops.addUnique(USERS, UniqueConstraint.of("users_email_key", "email"));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT users_email_key on public.users lets duplicates in.
        // UNTRACKED_DEPENDENCIES: Foreign keys referencing the key block the drop; other services may rely on
        //     it (ON CONFLICT).
        // PERFORMANCE_IMPACT: DROP CONSTRAINT users_email_key on public.users drops its index: queries using
        //     it may slow down.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT users_email_key on public.users takes ACCESS EXCLUSIVE on the
        //     table, briefly.
        // Safe alternative for WEAKENS_INTEGRITY, UNTRACKED_DEPENDENCIES, PERFORMANCE_IMPACT: Drop the foreign
        //     keys that depend on it deliberately first; keep a non-unique index if queries need one.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropUnique(USERS, UniqueConstraint.of("users_email_key", "email"));

        // BREAKS_RUNNING_APP: Writers of the running application inserting orphans or deleting referenced rows
        //     of public.users start failing.
        // BLOCKS_WRITES: ADD FOREIGN KEY orders_user_fk on sales.Orders referencing public.users holds SHARE
        //     ROW EXCLUSIVE on both tables, blocking writes, while sales.Orders is scanned.
        // MAY_FAIL_ON_DATA (blocking): ADD FOREIGN KEY orders_user_fk on sales.Orders referencing public.users
        //     fails on orphan rows.
        // PERFORMANCE_IMPACT: No index on the referencing columns [user_id] is created with it: without one,
        //     every DELETE or key UPDATE on public.users scans sales.Orders.
        // LOCK_QUEUE_RISK: ADD FOREIGN KEY orders_user_fk on sales.Orders referencing public.users takes SHARE
        //     ROW EXCLUSIVE on sales.Orders and public.users.
        // Safe alternative for BREAKS_RUNNING_APP, BLOCKS_WRITES, MAY_FAIL_ON_DATA, PERFORMANCE_IMPACT: R2:
        //     index the referencing columns CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix orphans, then
        //     VALIDATE CONSTRAINT in a separate transaction.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.addForeignKey(ORDERS, ForeignKey.of("orders_user_fk", List.of("user_id"), USERS,
                List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT orders_user_fk on sales.Orders lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT orders_user_fk on sales.Orders takes ACCESS EXCLUSIVE on
        //     sales.Orders and public.users, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(ORDERS, ForeignKey.of("orders_user_fk", List.of("user_id"), USERS,
                List.of("id")));

        // BREAKS_RUNNING_APP: Writers of the running application that produce violating rows start failing.
        // BLOCKS_READS_WRITES (blocking): ADD CONSTRAINT users_email_check CHECK on public.users scans the
        //     table under ACCESS EXCLUSIVE to validate it, blocking reads and writes.
        // MAY_FAIL_ON_DATA (blocking): ADD CONSTRAINT users_email_check CHECK on public.users fails on rows
        //     that violate it.
        // LOCK_QUEUE_RISK: ADD CONSTRAINT users_email_check CHECK on public.users takes ACCESS EXCLUSIVE on
        //     the table.
        // Safe alternative: R3: ADD the CHECK NOT VALID, fix violating rows, then VALIDATE CONSTRAINT in a
        //     separate transaction.
        ops.addCheck(USERS, CheckConstraint.of("users_email_check", "(length((email)::text) > 3)"));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT users_email_check on public.users stops enforcing
        //     (length((email)::text) > 3).
        // LOCK_QUEUE_RISK: DROP CONSTRAINT users_email_check on public.users takes ACCESS EXCLUSIVE on the
        //     table, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: To modify a CHECK, add the new one NOT VALID under another
        //     name, VALIDATE it, then drop the old one.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropCheck(USERS,
                CheckConstraint.of("users_email_check", "(length((email)::text) > 3)"));

        // BLOCKS_WRITES: CREATE INDEX users_email_idx on public.users holds SHARE, blocking writes, for the
        //     whole build.
        // LOCK_QUEUE_RISK: CREATE INDEX users_email_idx on public.users takes SHARE on the table.
        // Safe alternative: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a
        //     short lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        ops.createIndex(USERS, Index.on("users_email_idx", "email"));

        // NON_TRANSACTIONAL: DROP INDEX CONCURRENTLY users_email_idx on public.users cannot run in a
        //     transaction block.
        // PERFORMANCE_IMPACT: Queries that used users_email_idx may slow down.
        // Safe alternative for NON_TRANSACTIONAL: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside
        //     a transaction, with a short lock_timeout and a long statement_timeout; drop leftover INVALID
        //     indexes.
        // Safe alternative for PERFORMANCE_IMPACT: When replacing an index, build the new one first; R6:
        //     CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a short
        //     lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        ops.dropIndexConcurrently(USERS, Index.on("users_email_idx", "email"));

        // LOCK_QUEUE_RISK: RENAME CONSTRAINT users_email_key on public.users takes ACCESS EXCLUSIVE on the
        //     table, briefly.
        // Safe alternative: Run it with a short lock_timeout and retry on timeout, so it cannot stall traffic
        //     queued behind it (R14).
        ops.renameConstraint(USERS, "users_email_key", "users_mail_key");

        ops.renameIndex(USERS, "users_email_idx", "users_mail_idx");

        // BREAKS_RUNNING_APP: Writers of the running application that produce duplicates start failing.
        // MAY_FAIL_ON_DATA (blocking): CREATE UNIQUE INDEX CONCURRENTLY orders_code_key on sales.Orders fails
        //     on duplicate values.
        // NON_TRANSACTIONAL: CREATE UNIQUE INDEX CONCURRENTLY orders_code_key on sales.Orders cannot run in a
        //     transaction block; a failure leaves an INVALID index to drop.
        // PERFORMANCE_IMPACT: CREATE UNIQUE INDEX CONCURRENTLY orders_code_key on sales.Orders scans the table
        //     twice and waits for every transaction that touched it.
        // Safe alternative for BREAKS_RUNNING_APP, MAY_FAIL_ON_DATA: R4: CREATE UNIQUE INDEX CONCURRENTLY,
        //     check indisvalid, then ADD CONSTRAINT ... UNIQUE USING INDEX.
        // Safe alternative for NON_TRANSACTIONAL, PERFORMANCE_IMPACT: R6: CREATE/DROP INDEX CONCURRENTLY (IF
        //     [NOT] EXISTS) outside a transaction, with a short lock_timeout and a long statement_timeout;
        //     drop leftover INVALID indexes.
        ops.createIndexConcurrently(ORDERS, new Index("orders_code_key", true, "btree",
                List.of(IndexKey.expression("lower(code)")), List.of(),
                Optional.of("(code IS NOT NULL)"), false));
    }

    @Override
    public void downgrade(Operations ops) {
        // WEAKENS_INTEGRITY: DROP INDEX CONCURRENTLY orders_code_key on sales.Orders lets duplicates in.
        // NON_TRANSACTIONAL: DROP INDEX CONCURRENTLY orders_code_key on sales.Orders cannot run in a
        //     transaction block.
        // PERFORMANCE_IMPACT: Queries that used orders_code_key may slow down.
        // Safe alternative for WEAKENS_INTEGRITY, PERFORMANCE_IMPACT: When replacing an index, build the new
        //     one first; R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a
        //     short lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        // Safe alternative for NON_TRANSACTIONAL: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside
        //     a transaction, with a short lock_timeout and a long statement_timeout; drop leftover INVALID
        //     indexes.
        ops.dropIndexConcurrently(ORDERS, new Index("orders_code_key", true, "btree",
                List.of(IndexKey.expression("lower(code)")), List.of(),
                Optional.of("(code IS NOT NULL)"), false));

        ops.renameIndex(USERS, "users_mail_idx", "users_email_idx");

        // LOCK_QUEUE_RISK: RENAME CONSTRAINT users_mail_key on public.users takes ACCESS EXCLUSIVE on the
        //     table, briefly.
        // Safe alternative: Run it with a short lock_timeout and retry on timeout, so it cannot stall traffic
        //     queued behind it (R14).
        ops.renameConstraint(USERS, "users_mail_key", "users_email_key");

        // NON_TRANSACTIONAL: CREATE INDEX CONCURRENTLY users_email_idx on public.users cannot run in a
        //     transaction block; a failure leaves an INVALID index to drop.
        // PERFORMANCE_IMPACT: CREATE INDEX CONCURRENTLY users_email_idx on public.users scans the table twice
        //     and waits for every transaction that touched it.
        // Safe alternative: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a
        //     short lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        ops.createIndexConcurrently(USERS, Index.on("users_email_idx", "email"));

        // PERFORMANCE_IMPACT: Queries that used users_email_idx may slow down.
        // LOCK_QUEUE_RISK: DROP INDEX users_email_idx on public.users takes ACCESS EXCLUSIVE on the table,
        //     briefly.
        // Safe alternative for PERFORMANCE_IMPACT: When replacing an index, build the new one first; R6:
        //     CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a short
        //     lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        // Safe alternative for LOCK_QUEUE_RISK: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a
        //     transaction, with a short lock_timeout and a long statement_timeout; drop leftover INVALID
        //     indexes.
        ops.dropIndex(USERS, Index.on("users_email_idx", "email"));

        // BREAKS_RUNNING_APP: Writers of the running application that produce violating rows start failing.
        // BLOCKS_READS_WRITES: ADD CONSTRAINT users_email_check CHECK on public.users scans the table under
        //     ACCESS EXCLUSIVE to validate it, blocking reads and writes.
        // MAY_FAIL_ON_DATA: ADD CONSTRAINT users_email_check CHECK on public.users fails on rows that violate
        //     it.
        // LOCK_QUEUE_RISK: ADD CONSTRAINT users_email_check CHECK on public.users takes ACCESS EXCLUSIVE on
        //     the table.
        // Safe alternative: R3: ADD the CHECK NOT VALID, fix violating rows, then VALIDATE CONSTRAINT in a
        //     separate transaction.
        ops.addCheck(USERS, CheckConstraint.of("users_email_check", "(length((email)::text) > 3)"));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT users_email_check on public.users stops enforcing
        //     (length((email)::text) > 3).
        // LOCK_QUEUE_RISK: DROP CONSTRAINT users_email_check on public.users takes ACCESS EXCLUSIVE on the
        //     table, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: To modify a CHECK, add the new one NOT VALID under another
        //     name, VALIDATE it, then drop the old one.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropCheck(USERS,
                CheckConstraint.of("users_email_check", "(length((email)::text) > 3)"));

        // BREAKS_RUNNING_APP: Writers of the running application inserting orphans or deleting referenced rows
        //     of public.users start failing.
        // BLOCKS_WRITES: ADD FOREIGN KEY orders_user_fk on sales.Orders referencing public.users holds SHARE
        //     ROW EXCLUSIVE on both tables, blocking writes, while sales.Orders is scanned.
        // MAY_FAIL_ON_DATA: ADD FOREIGN KEY orders_user_fk on sales.Orders referencing public.users fails on
        //     orphan rows.
        // PERFORMANCE_IMPACT: No index on the referencing columns [user_id] is created with it: without one,
        //     every DELETE or key UPDATE on public.users scans sales.Orders.
        // LOCK_QUEUE_RISK: ADD FOREIGN KEY orders_user_fk on sales.Orders referencing public.users takes SHARE
        //     ROW EXCLUSIVE on sales.Orders and public.users.
        // Safe alternative for BREAKS_RUNNING_APP, BLOCKS_WRITES, MAY_FAIL_ON_DATA, PERFORMANCE_IMPACT: R2:
        //     index the referencing columns CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix orphans, then
        //     VALIDATE CONSTRAINT in a separate transaction.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.addForeignKey(ORDERS, ForeignKey.of("orders_user_fk", List.of("user_id"), USERS,
                List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT orders_user_fk on sales.Orders lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT orders_user_fk on sales.Orders takes ACCESS EXCLUSIVE on
        //     sales.Orders and public.users, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(ORDERS, ForeignKey.of("orders_user_fk", List.of("user_id"), USERS,
                List.of("id")));

        // BREAKS_RUNNING_APP: Writers of the running application that produce duplicates start failing.
        // BLOCKS_READS_WRITES: ADD CONSTRAINT users_email_key UNIQUE on public.users builds its index under
        //     ACCESS EXCLUSIVE, blocking reads and writes.
        // MAY_FAIL_ON_DATA: ADD CONSTRAINT users_email_key UNIQUE on public.users fails on duplicate values.
        // NON_TRANSACTIONAL: The safe path builds the index CONCURRENTLY, outside a transaction, and can leave
        //     an INVALID index behind.
        // LOCK_QUEUE_RISK: ADD CONSTRAINT users_email_key UNIQUE on public.users takes ACCESS EXCLUSIVE on the
        //     table.
        // Safe alternative: R4: CREATE UNIQUE INDEX CONCURRENTLY, check indisvalid, then ADD CONSTRAINT ...
        //     UNIQUE USING INDEX.
        ops.addUnique(USERS, UniqueConstraint.of("users_email_key", "email"));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT users_email_key on public.users lets duplicates in.
        // UNTRACKED_DEPENDENCIES: Foreign keys referencing the key block the drop; other services may rely on
        //     it (ON CONFLICT).
        // PERFORMANCE_IMPACT: DROP CONSTRAINT users_email_key on public.users drops its index: queries using
        //     it may slow down.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT users_email_key on public.users takes ACCESS EXCLUSIVE on the
        //     table, briefly.
        // Safe alternative for WEAKENS_INTEGRITY, UNTRACKED_DEPENDENCIES, PERFORMANCE_IMPACT: Drop the foreign
        //     keys that depend on it deliberately first; keep a non-unique index if queries need one.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropUnique(USERS, UniqueConstraint.of("users_email_key", "email"));

        // BLOCKS_READS_WRITES: ADD PRIMARY KEY users_pkey on public.users builds its index (and checks NOT
        //     NULL) under ACCESS EXCLUSIVE, blocking reads and writes.
        // MAY_FAIL_ON_DATA: ADD PRIMARY KEY users_pkey on public.users fails on duplicate or NULL keys.
        // NON_TRANSACTIONAL: The safe path builds the index CONCURRENTLY, outside a transaction, and can leave
        //     an INVALID index behind.
        // LOCK_QUEUE_RISK: ADD PRIMARY KEY users_pkey on public.users takes ACCESS EXCLUSIVE on the table.
        // Safe alternative: R5: R1 for each nullable key column, CREATE UNIQUE INDEX CONCURRENTLY, then ADD
        //     CONSTRAINT ... PRIMARY KEY USING INDEX.
        ops.addPrimaryKey(USERS, PrimaryKey.of("users_pkey", "id"));

        // BREAKS_RUNNING_APP: The running application's @Id and logical replication (REPLICA IDENTITY DEFAULT)
        //     rely on the primary key.
        // WEAKENS_INTEGRITY: DROP CONSTRAINT users_pkey on public.users removes the row identity and its
        //     uniqueness guarantee.
        // UNTRACKED_DEPENDENCIES: Foreign keys of other tables or services may reference the key.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT users_pkey on public.users takes ACCESS EXCLUSIVE on the table,
        //     briefly.
        // Safe alternative for BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, UNTRACKED_DEPENDENCIES: Migrate the
        //     foreign keys that reference it first; replace a key in one statement with ADD CONSTRAINT ...
        //     PRIMARY KEY USING INDEX.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropPrimaryKey(USERS, PrimaryKey.of("users_pkey", "id"));
    }
}
