/** Benchmark harnesses, run by hand from the command line; see bench/README.md. */
package dev.retort.bench;
