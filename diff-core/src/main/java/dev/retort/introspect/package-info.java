/**
 * Reads a {@link dev.retort.model.SchemaModel} from a live PostgreSQL database (14 to 18).
 *
 * <p>A fixed set of set-based catalog queries, kept as {@code .sql} resources next to these classes, reads every
 * object kind for all managed schemas at once; the model is then assembled in memory, keyed by table oid. All
 * queries run in one read-only REPEATABLE READ transaction with an empty {@code search_path}, so they see one
 * snapshot and PostgreSQL prints user-defined names schema-qualified. Objects outside the managed schemas and
 * objects that belong to an extension are ignored.
 */
package dev.retort.introspect;
