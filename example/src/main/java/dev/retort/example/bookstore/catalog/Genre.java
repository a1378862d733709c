package dev.retort.example.bookstore.catalog;

/** The shelf a book is filed under. */
public enum Genre {
    FICTION,
    MYSTERY,
    SCIENCE_FICTION,
    BIOGRAPHY,
    HISTORY,
    SCIENCE,
    CHILDREN
}
