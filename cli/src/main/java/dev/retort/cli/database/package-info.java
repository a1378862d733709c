/**
 * The databases a command works with: the live target or the embedded shadow database, the scratch database,
 * and the seam where the migration runtime replays migrations and reads revisions.
 */
package dev.retort.cli.database;
