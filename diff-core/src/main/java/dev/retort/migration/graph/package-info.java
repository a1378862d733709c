/**
 * The revision graph: migrations linked by their parents, with heads, bases, branch points and merges, and the
 * resolution of target expressions ({@code head}, {@code heads}, {@code base}, ids and prefixes, relative steps
 * and ranges) against it.
 */
package dev.retort.migration.graph;
