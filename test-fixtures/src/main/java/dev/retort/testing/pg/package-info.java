/**
 * The PostgreSQL provider for tests: a JUnit 5 extension that gives each test a fresh database on a
 * real server of a chosen major version (embedded by default, an external URL or a container on request).
 */
package dev.retort.testing.pg;
