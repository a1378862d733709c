/**
 * Mapping Hibernate's resolved relational model ({@code Metadata.getDatabase()}) to the schema model, exactly as
 * PostgreSQL ends up with it when Hibernate's own schema export runs: unquoted names folded to lower case,
 * unnamed constraints and identity sequences named by PostgreSQL's rules, DDL types spelled as
 * {@code format_type} prints them. Expressions (defaults, checks) are kept as Hibernate writes them.
 */
package dev.retort.scan.mapping;
