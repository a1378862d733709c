/** Customers' orders and their lines. */
package dev.retort.example.bookstore.ordering;
