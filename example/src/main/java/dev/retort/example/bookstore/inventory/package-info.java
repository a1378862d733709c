/** Where the books are: warehouses and the stock each holds. */
package dev.retort.example.bookstore.inventory;
