/** The people who buy from the store. */
package dev.retort.example.bookstore.customer;
