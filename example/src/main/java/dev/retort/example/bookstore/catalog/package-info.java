/** What the store sells: books, their authors and publishers, and customers' reviews of them. */
package dev.retort.example.bookstore.catalog;
