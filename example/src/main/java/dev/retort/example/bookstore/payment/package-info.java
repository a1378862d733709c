/** How orders are paid: one table for every payment method (single-table inheritance). */
package dev.retort.example.bookstore.payment;
