/**
 * Hazards: what a change can do to a live database (lose data, lock, rewrite, fail on existing rows, break
 * the running application), computed by one rules component from the change and its context.
 */
package dev.retort.hazard;
