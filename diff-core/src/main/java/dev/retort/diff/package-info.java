/**
 * The change vocabulary and the comparator: typed, reversible operations that turn one schema model into
 * another, and the code that finds them.
 */
package dev.retort.diff;
