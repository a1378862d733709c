/**
 * The library entry point: finds the migration classes of a package on the class path (directories and jars,
 * without a scanning library) and applies them to a {@code DataSource} with the runner.
 */
package dev.retort.migration.library;
