/**
 * Booting Hibernate ORM's metadata for PostgreSQL without a database connection, with the naming strategies of
 * the chosen preset (Hibernate's defaults, Spring Boot's, or the user's own classes).
 */
package dev.retort.scan.boot;
