/**
 * Bringing schema models into PostgreSQL's own canonical spelling through a scratch database, so that the
 * comparator never reports a difference that is only a different way of writing the same thing.
 */
package dev.retort.normalize;
