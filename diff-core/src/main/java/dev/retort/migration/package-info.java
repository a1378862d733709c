/**
 * The migrations API: what a migration class is written against, and the only part of Retort an application
 * needs at run time. A migration declares its revision with {@link dev.retort.migration.Revision} and records
 * typed operations (the comparator's own vocabulary) on an {@link dev.retort.migration.Operations} object, so
 * that the runtime computes each step's hazards and SQL itself.
 */
package dev.retort.migration;
