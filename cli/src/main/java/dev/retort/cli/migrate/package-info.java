/** The migrations of {@code migrations.dir}: compiled, loaded as a revision graph, and run through the runtime. */
package dev.retort.cli.migrate;
