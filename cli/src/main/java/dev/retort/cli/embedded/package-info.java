/**
 * The embedded PostgreSQL of CONTRACT.md section 5: servers of the bundled major versions started once per
 * command, for the shadow database and for the comparator's scratch database, and always cleaned up.
 */
package dev.retort.cli.embedded;
