/**
 * The runner: the path from a database's history to a target, the checks made before anything runs (unknown
 * or edited revisions, incomplete operations, the hazard gate), the scripts with their transactions, lock
 * timeouts and history writes, their execution under an advisory lock, and the same scripts as offline SQL.
 */
package dev.retort.migration.runner;
