/** Value types embedded in several entities: postal addresses and amounts of money. */
package dev.retort.example.bookstore.shared;
