/**
 * The history table: one row per applied revision with the checksum of its source, when and by whom it was
 * applied, and how far a partly run migration got; its statements and how it is read.
 */
package dev.retort.migration.history;
