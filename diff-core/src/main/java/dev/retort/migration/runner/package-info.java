/**
 * The runner: the path from a database's history to a target, the checks made before anything runs (unknown
 * or edited revisions, incomplete operations, the hazard gate), the scripts with their transactions, lock
 * timeouts and history writes, their execution under an advisory lock, the same scripts as offline SQL, and the
 * gate's assessment without the gate for review.
 */
package dev.retort.migration.runner;
