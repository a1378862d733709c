/**
 * The entity scanner: finds the JPA entities on a user's class path, boots Hibernate ORM's metadata for
 * PostgreSQL without a database, and maps Hibernate's resolved tables, keys, indexes, sequences and enum
 * types to the schema model, naming every object as PostgreSQL names it when Hibernate's own DDL runs.
 *
 * <p>Entry point: {@link dev.retort.scan.EntityScanner#create(ScanOptions)} then
 * {@link dev.retort.scan.EntityScanner#scan()}.
 */
package dev.retort.scan;
