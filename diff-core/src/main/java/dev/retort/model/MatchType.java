package dev.retort.model;

/** How a multi-column foreign key treats rows whose referencing columns are partly NULL. */
public enum MatchType {
    SIMPLE,
    FULL,
    PARTIAL
}
