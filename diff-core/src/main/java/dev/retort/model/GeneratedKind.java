package dev.retort.model;

/** Whether a generated column's value is computed on write and stored, or computed on read (PostgreSQL 18+). */
public enum GeneratedKind {
    STORED,
    VIRTUAL
}
