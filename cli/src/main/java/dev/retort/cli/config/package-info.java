/**
 * Configuration as CONTRACT.md section 2 fixes it: properties resolved from options, environment,
 * {@code retort.properties} and defaults, validated on use, and the database URL without its password.
 */
package dev.retort.cli.config;
