/** The {@code retort} command line: picocli commands that wire the scanner, comparator, codegen and runtime. */
package dev.retort.cli;
