/**
 * PostgreSQL SQL text: identifier quoting and string literals ({@link dev.retort.sql.SqlIdentifiers}, the only
 * place that quotes), the one lexer that reads SQL text ({@link dev.retort.sql.SqlLexer}, producing
 * {@link dev.retort.sql.SqlToken}s, navigated with {@link dev.retort.sql.SqlTokens}), {@code CREATE} DDL for every
 * object of a {@link dev.retort.model.SchemaModel} ({@link dev.retort.sql.CreateDdl}), written in an order
 * PostgreSQL accepts on an empty database, and the statements of each {@link dev.retort.diff.Change}
 * ({@link dev.retort.sql.ChangeSql}).
 */
package dev.retort.sql;
