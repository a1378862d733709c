/** The commands: thin {@code Callable<Integer>} classes that resolve configuration, delegate, and print. */
package dev.retort.cli.command;
