/** Exit codes and the one mapping from failures to the message and exit code a user sees (CONTRACT.md 4). */
package dev.retort.cli.failure;
