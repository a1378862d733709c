package com.example.migrations;

import dev.retort.hazard.Hazard;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.ColumnReference;
import dev.retort.model.EnumType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * Schemas, tables, types and sequences
 *
 * <p>Revision 000000000001, the first revision.
 *
 * <p>17 operations.
 *
 * <p>Hazards by flag (operations carrying it, of which blocking):
 * <ul>
 *   <li>DATA_LOSS: 3, 3 blocking</li>
 *   <li>BREAKS_RUNNING_APP: 7</li>
 *   <li>NEEDS_HUMAN_INPUT: 1, 1 blocking</li>
 *   <li>BLOCKS_READS_WRITES: 1, 1 blocking</li>
 *   <li>TABLE_REWRITE: 1, 1 blocking</li>
 *   <li>MAY_FAIL_ON_DATA: 1, 1 blocking</li>
 *   <li>NON_TRANSACTIONAL: 2</li>
 *   <li>IRREVERSIBLE: 5</li>
 *   <li>UNTRACKED_DEPENDENCIES: 4</li>
 *   <li>LOCK_QUEUE_RISK: 4</li>
 * </ul>
 *
 * <p>Blocking: {@code upgrade} refuses this migration until a reviewer accepts each blocking hazard on its
 * operation, with the reason it is safe here, by appending for example
 * {@code .accept(Hazard.DATA_LOSS, "reason")} to the operation's statement (the generator never writes an
 * acceptance), or runs {@code upgrade --accept-hazards}:
 * <ul>
 *   <li>drop table public.users: DATA_LOSS</li>
 *   <li>drop enum value 'ok' from public.mood: DATA_LOSS, NEEDS_HUMAN_INPUT, BLOCKS_READS_WRITES,
 *       TABLE_REWRITE, MAY_FAIL_ON_DATA</li>
 *   <li>drop sequence public.users_seq: DATA_LOSS</li>
 * </ul>
 *
 * <p>Downgrade restores the structure but not the data of:
 * <ul>
 *   <li>drop table public.users</li>
 *   <li>add enum value 'ok' to public.mood before 'happy'</li>
 *   <li>drop enum value 'ok' from public.mood</li>
 *   <li>drop sequence public.users_seq</li>
 *   <li>add enum value 'ecstatic' to public.mood</li>
 * </ul>
 */
@Revision(
        id = "000000000001",
        parents = {},
        message = "Schemas, tables, types and sequences",
        created = "2026-11-20T09:00:00Z"
)
public final class V20261120_090000__SchemasTablesTypesAndSequences implements Migration {
    private static final QualifiedName USERS = QualifiedName.of("public", "users");

    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");

    private static final QualifiedName USERS_SEQ = QualifiedName.of("public", "users_seq");

    private static final QualifiedName CUSTOMERS_SEQ = QualifiedName.of("public", "customers_seq");

    private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");

    @Override
    public void upgrade(Operations ops) {
        ops.createSchema("sales");

        // UNTRACKED_DEPENDENCIES: DROP SCHEMA sales fails while objects outside the model (views, functions,
        //     types) remain in it.
        // Safe alternative: R10: remove the mapping and deploy every instance first, optionally verify it is
        //     unused, drop dependents explicitly, then drop (never CASCADE).
        ops.dropSchema("sales");

        ops.createTable(Table.of(USERS, List.of(
                    Column.of("email", "character varying(255)").notNull(),
                    Column.of("id", "bigint").notNull()))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id")));

        // DATA_LOSS (blocking): DROP TABLE public.users deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.users fails once it is
        //     gone.
        // IRREVERSIBLE: Reverting recreates public.users empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use public.users;
        //     the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.users and, briefly, on every table its
        //     foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(USERS, List.of(
                    Column.of("email", "character varying(255)").notNull(),
                    Column.of("id", "bigint").notNull()))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id")));

        // BREAKS_RUNNING_APP: Every query of the running application that names public.users fails once it is
        //     renamed to customers.
        // LOCK_QUEUE_RISK: RENAME takes ACCESS EXCLUSIVE on public.users, briefly.
        // Safe alternative for BREAKS_RUNNING_APP: R9: keep the table name and change @Table(name), or rename
        //     and CREATE VIEW with the old name in one transaction, deploy, then drop the view.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.renameTable(USERS, "customers");

        ops.createEnum(EnumType.of(MOOD, "sad", "happy"));

        // UNTRACKED_DEPENDENCIES: DROP TYPE public.mood fails while columns, functions or views outside the
        //     model use it.
        // Safe alternative: Drop or convert the columns using it first.
        ops.dropEnum(EnumType.of(MOOD, "sad", "happy"));

        // BREAKS_RUNNING_APP: Readers of the running application cannot map rows carrying 'ok' to their Java
        //     enum.
        // NON_TRANSACTIONAL: ALTER TYPE public.mood ADD VALUE 'ok': the new label cannot be used (stored, or
        //     named in defaults and CHECKs) until the transaction commits.
        // IRREVERSIBLE: PostgreSQL cannot remove an enum label in place: reverting takes the rebuild of R12.
        // Safe alternative: R11: give the new label its own migration (own transaction), placed BEFORE/AFTER
        //     as the target orders it; deploy readers that accept it before writers use it.
        ops.addEnumValueBefore(MOOD, "ok", "happy");

        // DATA_LOSS (blocking): Removing 'ok' from public.mood collapses rows holding it into another label.
        // BREAKS_RUNNING_APP: Writers of the running application that still use 'ok' start failing.
        // NEEDS_HUMAN_INPUT (blocking): Removing 'ok' from public.mood needs the rebuild recipe and a mapping
        //     for rows that hold the label.
        // BLOCKS_READS_WRITES (blocking): Removing 'ok' from public.mood holds ACCESS EXCLUSIVE on each such
        //     table during its rewrite.
        // TABLE_REWRITE (blocking): Removing 'ok' from public.mood rewrites every table with a column of the
        //     type.
        // MAY_FAIL_ON_DATA (blocking): Removing 'ok' from public.mood fails while any row still holds the
        //     label.
        // IRREVERSIBLE: Re-adding the label does not restore the rows remapped away from it.
        // Safe alternative: R12: backfill rows off the label, CREATE TYPE new, ALTER COLUMN TYPE new USING
        //     col::text::new per column, DROP TYPE old, rename new to old.
        // Cannot run as generated: PostgreSQL cannot remove the label 'ok' from enum type public.mood in
        //     place. Write the rebuild (HAZARDS.md R12) as an execute step: UPDATE every row that holds 'ok'
        //     to another label; CREATE TYPE public.mood_new AS ENUM (the remaining labels, in order); for each
        //     column of type public.mood: ALTER COLUMN ... DROP DEFAULT, ALTER COLUMN ... TYPE public.mood_new
        //     USING <column>::text::public.mood_new, SET DEFAULT again; recreate the views and functions that
        //     use the type; DROP TYPE public.mood; ALTER TYPE public.mood_new RENAME TO mood.
        ops.dropEnumValue(MOOD, "ok", Optional.empty());

        ops.createSequence(Sequence.of(USERS_SEQ, SequenceOptions.defaults("bigint", 50)));

        // DATA_LOSS (blocking): DROP SEQUENCE public.users_seq discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls public.users_seq by name and
        //     fails once it is gone.
        // IRREVERSIBLE: Recreating public.users_seq starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call public.users_seq.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(USERS_SEQ, SequenceOptions.defaults("bigint", 50)));

        // LOCK_QUEUE_RISK: ALTER SEQUENCE public.users_seq takes SHARE ROW EXCLUSIVE on the sequence, blocking
        //     nextval (and inserts) until commit.
        // Safe alternative: Run it with a short lock_timeout and retry on timeout, so it cannot stall traffic
        //     queued behind it (R14).
        ops.alterSequence(USERS_SEQ, SequenceOptions.defaults("bigint", 50),
                SequenceOptions.defaults("bigint", 50).withCache(20));

        ops.setSequenceOwner(USERS_SEQ, Optional.empty(), Optional.of(new ColumnReference(USERS,
                "id")));

        // BREAKS_RUNNING_APP: The running application's generator calls nextval('public.users_seq') by name,
        //     which fails once it is renamed to customers_seq.
        // LOCK_QUEUE_RISK: ALTER SEQUENCE RENAME takes ACCESS EXCLUSIVE on the sequence.
        // Safe alternative for BREAKS_RUNNING_APP: Keep the name and change the generator mapping, or rename
        //     in a coordinated deploy.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.renameSequence(USERS_SEQ, "customers_seq");

        // BREAKS_RUNNING_APP: Readers of the running application cannot map rows carrying 'ecstatic' to their
        //     Java enum.
        // NON_TRANSACTIONAL: ALTER TYPE public.mood ADD VALUE 'ecstatic': the new label cannot be used
        //     (stored, or named in defaults and CHECKs) until the transaction commits.
        // IRREVERSIBLE: PostgreSQL cannot remove an enum label in place: reverting takes the rebuild of R12.
        // Safe alternative: R11: give the new label its own migration (own transaction), placed BEFORE/AFTER
        //     as the target orders it; deploy readers that accept it before writers use it.
        ops.addEnumValue(MOOD, "ecstatic");

        ops.createSequence(Sequence.of(USERS_SEQ, SequenceOptions.defaults("bigint", 50))
                .ownedBy(USERS, "id"));
        ops.setSequenceOwner(USERS_SEQ, Optional.of(new ColumnReference(USERS, "id")),
                Optional.empty());
    }

    @Override
    public void downgrade(Operations ops) {
        ops.setSequenceOwner(USERS_SEQ, Optional.empty(), Optional.of(new ColumnReference(USERS,
                "id")));

        // DATA_LOSS: DROP SEQUENCE public.users_seq discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls public.users_seq by name and
        //     fails once it is gone.
        // IRREVERSIBLE: Recreating public.users_seq starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call public.users_seq.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(USERS_SEQ, SequenceOptions.defaults("bigint", 50))
                .ownedBy(USERS, "id"));

        // Not faithful (IRREVERSIBLE): PostgreSQL cannot remove an enum label in place: reverting takes the
        //     rebuild of R12.
        // DATA_LOSS: Removing 'ecstatic' from public.mood collapses rows holding it into another label.
        // BREAKS_RUNNING_APP: Writers of the running application that still use 'ecstatic' start failing.
        // NEEDS_HUMAN_INPUT: Removing 'ecstatic' from public.mood needs the rebuild recipe and a mapping for
        //     rows that hold the label.
        // BLOCKS_READS_WRITES: Removing 'ecstatic' from public.mood holds ACCESS EXCLUSIVE on each such table
        //     during its rewrite.
        // TABLE_REWRITE: Removing 'ecstatic' from public.mood rewrites every table with a column of the type.
        // MAY_FAIL_ON_DATA: Removing 'ecstatic' from public.mood fails while any row still holds the label.
        // IRREVERSIBLE: Re-adding the label does not restore the rows remapped away from it.
        // Safe alternative: R12: backfill rows off the label, CREATE TYPE new, ALTER COLUMN TYPE new USING
        //     col::text::new per column, DROP TYPE old, rename new to old.
        // Cannot run as generated: PostgreSQL cannot remove the label 'ecstatic' from enum type public.mood in
        //     place. Write the rebuild (HAZARDS.md R12) as an execute step: UPDATE every row that holds
        //     'ecstatic' to another label; CREATE TYPE public.mood_new AS ENUM (the remaining labels, in
        //     order); for each column of type public.mood: ALTER COLUMN ... DROP DEFAULT, ALTER COLUMN ...
        //     TYPE public.mood_new USING <column>::text::public.mood_new, SET DEFAULT again; recreate the
        //     views and functions that use the type; DROP TYPE public.mood; ALTER TYPE public.mood_new RENAME
        //     TO mood.
        ops.dropEnumValue(MOOD, "ecstatic", Optional.empty());

        // BREAKS_RUNNING_APP: The running application's generator calls nextval('public.customers_seq') by
        //     name, which fails once it is renamed to users_seq.
        // LOCK_QUEUE_RISK: ALTER SEQUENCE RENAME takes ACCESS EXCLUSIVE on the sequence.
        // Safe alternative for BREAKS_RUNNING_APP: Keep the name and change the generator mapping, or rename
        //     in a coordinated deploy.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.renameSequence(CUSTOMERS_SEQ, "users_seq");

        ops.setSequenceOwner(USERS_SEQ, Optional.of(new ColumnReference(USERS, "id")),
                Optional.empty());

        // LOCK_QUEUE_RISK: ALTER SEQUENCE public.users_seq takes SHARE ROW EXCLUSIVE on the sequence, blocking
        //     nextval (and inserts) until commit.
        // Safe alternative: Run it with a short lock_timeout and retry on timeout, so it cannot stall traffic
        //     queued behind it (R14).
        ops.alterSequence(USERS_SEQ, SequenceOptions.defaults("bigint", 50).withCache(20),
                SequenceOptions.defaults("bigint", 50));

        // Not faithful (IRREVERSIBLE): Recreating public.users_seq starts it over: its position does not come
        //     back.
        ops.createSequence(Sequence.of(USERS_SEQ, SequenceOptions.defaults("bigint", 50)));

        // DATA_LOSS: DROP SEQUENCE public.users_seq discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls public.users_seq by name and
        //     fails once it is gone.
        // IRREVERSIBLE: Recreating public.users_seq starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call public.users_seq.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(USERS_SEQ, SequenceOptions.defaults("bigint", 50)));

        // Not faithful (IRREVERSIBLE): Re-adding the label does not restore the rows remapped away from it.
        // BREAKS_RUNNING_APP: Readers of the running application cannot map rows carrying 'ok' to their Java
        //     enum.
        // NON_TRANSACTIONAL: ALTER TYPE public.mood ADD VALUE 'ok': the new label cannot be used (stored, or
        //     named in defaults and CHECKs) until the transaction commits.
        // IRREVERSIBLE: PostgreSQL cannot remove an enum label in place: reverting takes the rebuild of R12.
        // Safe alternative: R11: give the new label its own migration (own transaction), placed BEFORE/AFTER
        //     as the target orders it; deploy readers that accept it before writers use it.
        ops.addEnumValue(MOOD, "ok");

        // Not faithful (IRREVERSIBLE): PostgreSQL cannot remove an enum label in place: reverting takes the
        //     rebuild of R12.
        // DATA_LOSS: Removing 'ok' from public.mood collapses rows holding it into another label.
        // BREAKS_RUNNING_APP: Writers of the running application that still use 'ok' start failing.
        // NEEDS_HUMAN_INPUT: Removing 'ok' from public.mood needs the rebuild recipe and a mapping for rows
        //     that hold the label.
        // BLOCKS_READS_WRITES: Removing 'ok' from public.mood holds ACCESS EXCLUSIVE on each such table during
        //     its rewrite.
        // TABLE_REWRITE: Removing 'ok' from public.mood rewrites every table with a column of the type.
        // MAY_FAIL_ON_DATA: Removing 'ok' from public.mood fails while any row still holds the label.
        // IRREVERSIBLE: Re-adding the label does not restore the rows remapped away from it.
        // Safe alternative: R12: backfill rows off the label, CREATE TYPE new, ALTER COLUMN TYPE new USING
        //     col::text::new per column, DROP TYPE old, rename new to old.
        // Cannot run as generated: PostgreSQL cannot remove the label 'ok' from enum type public.mood in
        //     place. Write the rebuild (HAZARDS.md R12) as an execute step: UPDATE every row that holds 'ok'
        //     to another label; CREATE TYPE public.mood_new AS ENUM (the remaining labels, in order); for each
        //     column of type public.mood: ALTER COLUMN ... DROP DEFAULT, ALTER COLUMN ... TYPE public.mood_new
        //     USING <column>::text::public.mood_new, SET DEFAULT again; recreate the views and functions that
        //     use the type; DROP TYPE public.mood; ALTER TYPE public.mood_new RENAME TO mood.
        ops.dropEnumValue(MOOD, "ok", Optional.of("happy"));

        ops.createEnum(EnumType.of(MOOD, "sad", "happy"));

        // UNTRACKED_DEPENDENCIES: DROP TYPE public.mood fails while columns, functions or views outside the
        //     model use it.
        // Safe alternative: Drop or convert the columns using it first.
        ops.dropEnum(EnumType.of(MOOD, "sad", "happy"));

        // BREAKS_RUNNING_APP: Every query of the running application that names public.customers fails once it
        //     is renamed to users.
        // LOCK_QUEUE_RISK: RENAME takes ACCESS EXCLUSIVE on public.customers, briefly.
        // Safe alternative for BREAKS_RUNNING_APP: R9: keep the table name and change @Table(name), or rename
        //     and CREATE VIEW with the old name in one transaction, deploy, then drop the view.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.renameTable(CUSTOMERS, "users");

        // Not faithful (IRREVERSIBLE): Reverting recreates public.users empty: its rows do not come back.
        ops.createTable(Table.of(USERS, List.of(
                    Column.of("email", "character varying(255)").notNull(),
                    Column.of("id", "bigint").notNull()))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id")));

        // DATA_LOSS: DROP TABLE public.users deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.users fails once it is
        //     gone.
        // IRREVERSIBLE: Reverting recreates public.users empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use public.users;
        //     the drop fails on them or leaves them broken.
        // Safe alternative: R10: remove the mapping and deploy every instance first, optionally verify it is
        //     unused, drop dependents explicitly, then drop (never CASCADE).
        ops.dropTable(Table.of(USERS, List.of(
                    Column.of("email", "character varying(255)").notNull(),
                    Column.of("id", "bigint").notNull()))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id")));

        ops.createSchema("sales");

        // UNTRACKED_DEPENDENCIES: DROP SCHEMA sales fails while objects outside the model (views, functions,
        //     types) remain in it.
        // Safe alternative: R10: remove the mapping and deploy every instance first, optionally verify it is
        //     unused, drop dependents explicitly, then drop (never CASCADE).
        ops.dropSchema("sales");
    }
}
