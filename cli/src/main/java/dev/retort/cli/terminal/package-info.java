/**
 * The user at the terminal: whether standard input and output are attached to one, and asking a question there
 * (the interactive rename question of {@code revision --autogenerate}).
 */
package dev.retort.cli.terminal;
