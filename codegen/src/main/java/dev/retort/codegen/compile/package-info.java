/**
 * The migration compiler: compiles the migration sources of a folder in-process with {@code javax.tools} against
 * the migrations API, caches the classes by a hash of the sources, and loads them, so that nothing has to be
 * built before {@code upgrade} (CONTRACT.md section 7).
 */
package dev.retort.codegen.compile;
