/** Output: progress on standard error, review tables with optional colour, and hand-written JSON documents. */
package dev.retort.cli.output;
