/**
 * The schema model: immutable, canonically ordered records that describe every PostgreSQL object a JPA
 * application uses. Two models are equal exactly when the schemas they describe are the same.
 *
 * <p>Canonical form: sets of objects (schemas, tables, columns, constraints, indexes, sequences, enum types)
 * are sorted by name; sequences whose order means something (key columns, index keys, enum labels) keep it.
 * Types and expressions are spelled as PostgreSQL prints them ({@code format_type}, {@code pg_get_expr}) with
 * an empty {@code search_path}, so user-defined names are always schema-qualified.
 */
package dev.retort.model;
