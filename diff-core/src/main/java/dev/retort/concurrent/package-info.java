/**
 * Work started ahead on a thread of its own and handed over once to whoever needs its result, so that a command
 * overlaps steps that do not depend on each other.
 */
package dev.retort.concurrent;
