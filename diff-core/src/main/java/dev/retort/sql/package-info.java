/**
 * PostgreSQL SQL text: identifier quoting and string literals ({@link dev.retort.sql.SqlIdentifiers}, the only
 * place that quotes), and {@code CREATE} DDL for every object of a {@link dev.retort.model.SchemaModel}
 * ({@link dev.retort.sql.CreateDdl}), written in an order PostgreSQL accepts on an empty database.
 */
package dev.retort.sql;
