/**
 * Finding and loading the user's mapped classes: ClassGraph reads the class files of the user's class path
 * (without loading them) to find entities, embeddables, mapped superclasses and converters; an isolated class
 * loader then loads them with their own dependencies, sharing only Retort's Hibernate ORM and Jakarta
 * Persistence, and every class that cannot be linked is reported by name with the type it is missing.
 */
package dev.retort.scan.discovery;
