/** Autogenerate: entities scanned, the current schema read, the two compared canonically, the changes planned. */
package dev.retort.cli.compare;
