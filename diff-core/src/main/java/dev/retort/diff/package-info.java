/**
 * The change vocabulary and the comparator: typed, reversible operations that turn one schema model into
 * another, the code that finds them, and how each change reads in a review ({@link dev.retort.diff.ChangeText})
 * and is located in JSON output ({@link dev.retort.diff.ChangeFields}).
 */
package dev.retort.diff;
