package com.example.migrations;

import dev.retort.hazard.Hazard;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;

/**
 * Add phone to users
 *
 * <p>Revision a1b2c3d4e5f6, following 3f9a1c2b7d10.
 *
 * <p>6 operations.
 *
 * <p>Hazards by flag (operations carrying it, of which blocking):
 * <ul>
 *   <li>DATA_LOSS: 1, 1 blocking</li>
 *   <li>BREAKS_RUNNING_APP: 2</li>
 *   <li>NEEDS_HUMAN_INPUT: 3, 3 blocking</li>
 *   <li>BLOCKS_READS_WRITES: 1, 1 blocking</li>
 *   <li>MAY_FAIL_ON_DATA: 1, 1 blocking</li>
 *   <li>WEAKENS_INTEGRITY: 1</li>
 *   <li>IRREVERSIBLE: 1</li>
 *   <li>UNTRACKED_DEPENDENCIES: 1</li>
 *   <li>PERFORMANCE_IMPACT: 1</li>
 *   <li>LOCK_QUEUE_RISK: 5</li>
 * </ul>
 *
 * <p>Blocking: {@code upgrade} refuses this migration until a reviewer accepts each blocking hazard on its
 * operation, with the reason it is safe here, by appending for example
 * {@code .accept(Hazard.NEEDS_HUMAN_INPUT, "reason")} to the operation's statement (the generator never writes an
 * acceptance), or runs {@code upgrade --accept-hazards}:
 * <ul>
 *   <li>add column public.users.full_name text NULL: NEEDS_HUMAN_INPUT</li>
 *   <li>backfill NULLs of public.users.country with (value to be written by the reviewer):
 *       NEEDS_HUMAN_INPUT</li>
 *   <li>set not null on public.users.country: BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA</li>
 *   <li>drop column public.users.name: DATA_LOSS, NEEDS_HUMAN_INPUT</li>
 * </ul>
 *
 * <p>Backfill values to write: 1 in upgrade, 1 in downgrade. Until each {@code ops.backfillToBeWritten}
 * is replaced by {@code ops.backfill(table, column, "<SQL value>")}, the migration refuses to run.
 *
 * <p>Downgrade restores the structure but not the data of:
 * <ul>
 *   <li>drop column public.users.name</li>
 * </ul>
 */
@Revision(
        id = "a1b2c3d4e5f6",
        parents = {"3f9a1c2b7d10"},
        message = "Add phone to users",
        created = "2026-11-21T14:30:00Z"
)
public final class V20261121_143000__AddPhoneToUsers implements Migration {
    private static final QualifiedName USERS = QualifiedName.of("public", "users");

    @Override
    public void upgrade(Operations ops) {
        // LOCK_QUEUE_RISK: ADD COLUMN phone character varying(20) on public.users takes ACCESS EXCLUSIVE on
        //     the table.
        // Safe alternative: Run it with a short lock_timeout and retry on timeout, so it cannot stall traffic
        //     queued behind it (R14).
        ops.addColumn(USERS, Column.of("phone", "character varying(20)"));

        // LOCK_QUEUE_RISK: ADD COLUMN country character(2) on public.users takes ACCESS EXCLUSIVE on the
        //     table.
        // Safe alternative: Run it with a short lock_timeout and retry on timeout, so it cannot stall traffic
        //     queued behind it (R14).
        ops.addColumn(USERS, Column.of("country", "character(2)"));

        // NEEDS_HUMAN_INPUT (blocking): This add_column and public.users.name look like one rename (X1): as a
        //     drop and an add the values are lost.
        // LOCK_QUEUE_RISK: ADD COLUMN full_name text on public.users takes ACCESS EXCLUSIVE on the table.
        // Safe alternative for NEEDS_HUMAN_INPUT: Decide: give a rename hint (table.column=new / table=new) to
        //     keep the data, or confirm the drop and the add.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        // Rename candidate: public.users.name. If this is one object renamed, replace the drop and the add
        //     with one rename operation.
        ops.addColumn(USERS, Column.of("full_name", "text"));

        // NEEDS_HUMAN_INPUT (blocking): The backfill of public.users.country needs the value existing rows
        //     get.
        // PERFORMANCE_IMPACT: The backfill of public.users.country updates every row in one transaction: WAL,
        //     bloat and row locks in proportion to the table.
        // Safe alternative: Add the column nullable (or with a constant default), deploy writers, backfill,
        //     then R1 for NOT NULL.
        // To be written: replace this placeholder with ops.backfill(USERS, "country", "<SQL value>"), the
        //     value (an SQL expression) that existing rows get before country becomes NOT NULL. Until then the
        //     migration refuses to run.
        ops.backfillToBeWritten(USERS, "country");

        // BREAKS_RUNNING_APP: A running application version that writes NULL into public.users.country (or
        //     omits it) starts failing.
        // BLOCKS_READS_WRITES (blocking): SET NOT NULL scans all of public.users under ACCESS EXCLUSIVE to
        //     prove country holds no NULL.
        // MAY_FAIL_ON_DATA (blocking): SET NOT NULL fails if any row holds NULL in public.users.country.
        // LOCK_QUEUE_RISK: SET NOT NULL takes ACCESS EXCLUSIVE on public.users.
        // Safe alternative: R1: add CHECK (col IS NOT NULL) NOT VALID, backfill, VALIDATE, then SET NOT NULL
        //     (no scan on PostgreSQL 12+) and drop the CHECK.
        ops.setNotNull(USERS, "country");

        // DATA_LOSS (blocking): DROP COLUMN deletes every value of public.users.name.
        // BREAKS_RUNNING_APP: The running application names public.users.name in its SELECTs and INSERTs,
        //     which fail once it is gone.
        // NEEDS_HUMAN_INPUT (blocking): This drop_column and public.users.full_name look like one rename (X1):
        //     as a drop and an add the values are lost.
        // WEAKENS_INTEGRITY: Dropping public.users.name silently drops the indexes and constraints that
        //     involve it.
        // IRREVERSIBLE: Reverting re-adds public.users.name empty: its values do not come back.
        // UNTRACKED_DEPENDENCIES: Views or other objects outside the model may use public.users.name; the drop
        //     fails on them.
        // LOCK_QUEUE_RISK: DROP COLUMN takes ACCESS EXCLUSIVE on public.users, briefly.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE,
        //     UNTRACKED_DEPENDENCIES: R10: remove the mapping and deploy every instance first, optionally
        //     verify it is unused, drop dependents explicitly, then drop (never CASCADE).
        // Safe alternative for NEEDS_HUMAN_INPUT: Decide: give a rename hint (table.column=new / table=new) to
        //     keep the data, or confirm the drop and the add.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        // Rename candidate: public.users.full_name. If this is one object renamed, replace the drop and the
        //     add with one rename operation.
        ops.dropColumn(USERS, Column.of("name", "text"));
    }

    @Override
    public void downgrade(Operations ops) {
        // Not faithful (IRREVERSIBLE): Reverting re-adds public.users.name empty: its values do not come back.
        // NEEDS_HUMAN_INPUT: This add_column and public.users.full_name look like one rename (X1): as a drop
        //     and an add the values are lost.
        // LOCK_QUEUE_RISK: ADD COLUMN name text on public.users takes ACCESS EXCLUSIVE on the table.
        // Safe alternative for NEEDS_HUMAN_INPUT: Decide: give a rename hint (table.column=new / table=new) to
        //     keep the data, or confirm the drop and the add.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        // Rename candidate: public.users.full_name. If this is one object renamed, replace the drop and the
        //     add with one rename operation.
        ops.addColumn(USERS, Column.of("name", "text"));

        // BREAKS_RUNNING_APP: Readers mapping public.users.country to a primitive field or assuming @NotNull
        //     fail on the first NULL.
        // WEAKENS_INTEGRITY: The database no longer guarantees public.users.country is set.
        // IRREVERSIBLE: Once NULLs are written, SET NOT NULL (the reverse) fails.
        // LOCK_QUEUE_RISK: DROP NOT NULL takes ACCESS EXCLUSIVE on public.users, briefly.
        // Safe alternative for BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE: Deploy NULL-tolerant
        //     readers (wrapper types, not primitives) first, then drop; or keep NOT NULL with a sentinel
        //     value.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropNotNull(USERS, "country");

        // NEEDS_HUMAN_INPUT: The backfill of public.users.country needs the value existing rows get.
        // PERFORMANCE_IMPACT: The backfill of public.users.country updates every row in one transaction: WAL,
        //     bloat and row locks in proportion to the table.
        // Safe alternative: Add the column nullable (or with a constant default), deploy writers, backfill,
        //     then R1 for NOT NULL.
        // To be written: the value chosen in upgrade, ops.backfill(USERS, "country", "<SQL value>") (on the
        //     way down it finds no NULL to fill). Until then the downgrade refuses to run.
        ops.backfillToBeWritten(USERS, "country");

        // DATA_LOSS: DROP COLUMN deletes every value of public.users.full_name.
        // BREAKS_RUNNING_APP: The running application names public.users.full_name in its SELECTs and INSERTs,
        //     which fail once it is gone.
        // NEEDS_HUMAN_INPUT: This drop_column and public.users.name look like one rename (X1): as a drop and
        //     an add the values are lost.
        // WEAKENS_INTEGRITY: Dropping public.users.full_name silently drops the indexes and constraints that
        //     involve it.
        // IRREVERSIBLE: Reverting re-adds public.users.full_name empty: its values do not come back.
        // UNTRACKED_DEPENDENCIES: Views or other objects outside the model may use public.users.full_name; the
        //     drop fails on them.
        // LOCK_QUEUE_RISK: DROP COLUMN takes ACCESS EXCLUSIVE on public.users, briefly.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE,
        //     UNTRACKED_DEPENDENCIES: R10: remove the mapping and deploy every instance first, optionally
        //     verify it is unused, drop dependents explicitly, then drop (never CASCADE).
        // Safe alternative for NEEDS_HUMAN_INPUT: Decide: give a rename hint (table.column=new / table=new) to
        //     keep the data, or confirm the drop and the add.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        // Rename candidate: public.users.name. If this is one object renamed, replace the drop and the add
        //     with one rename operation.
        ops.dropColumn(USERS, Column.of("full_name", "text"));

        // DATA_LOSS: DROP COLUMN deletes every value of public.users.country.
        // BREAKS_RUNNING_APP: The running application names public.users.country in its SELECTs and INSERTs,
        //     which fail once it is gone.
        // WEAKENS_INTEGRITY: Dropping public.users.country silently drops the indexes and constraints that
        //     involve it.
        // IRREVERSIBLE: Reverting re-adds public.users.country empty: its values do not come back.
        // UNTRACKED_DEPENDENCIES: Views or other objects outside the model may use public.users.country; the
        //     drop fails on them.
        // LOCK_QUEUE_RISK: DROP COLUMN takes ACCESS EXCLUSIVE on public.users, briefly.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE,
        //     UNTRACKED_DEPENDENCIES: R10: remove the mapping and deploy every instance first, optionally
        //     verify it is unused, drop dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropColumn(USERS, Column.of("country", "character(2)"));

        // DATA_LOSS: DROP COLUMN deletes every value of public.users.phone.
        // BREAKS_RUNNING_APP: The running application names public.users.phone in its SELECTs and INSERTs,
        //     which fail once it is gone.
        // WEAKENS_INTEGRITY: Dropping public.users.phone silently drops the indexes and constraints that
        //     involve it.
        // IRREVERSIBLE: Reverting re-adds public.users.phone empty: its values do not come back.
        // UNTRACKED_DEPENDENCIES: Views or other objects outside the model may use public.users.phone; the
        //     drop fails on them.
        // LOCK_QUEUE_RISK: DROP COLUMN takes ACCESS EXCLUSIVE on public.users, briefly.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE,
        //     UNTRACKED_DEPENDENCIES: R10: remove the mapping and deploy every instance first, optionally
        //     verify it is unused, drop dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropColumn(USERS, Column.of("phone", "character varying(20)"));
    }
}
