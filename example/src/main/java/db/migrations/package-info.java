/**
 * The bookstore's migrations, written by {@code retort revision}: the initial schema, then one class per change.
 */
package db.migrations;
