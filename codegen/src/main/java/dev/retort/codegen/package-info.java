/**
 * The migration generator: turns a {@link dev.retort.plan.MigrationPlan} into one reviewable Java migration class
 * with JavaPoet, named and laid out as CONTRACT.md section 7 fixes, and deterministic for the same plan, id and
 * time.
 */
package dev.retort.codegen;
