package dev.retort.example.bookstore.ordering;

/** Where an order is in its life. */
public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURNED
}
