package dev.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The revision a migration class is: its id, its parents (none for the first, several for a merge), message and creation time. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** 12 lowercase hex characters unless given with {@code --rev-id}. */
    String id();

    /** The revisions this one follows; empty for the first revision, several for a merge. */
    String[] parents() default {};

    String message();

    /** Creation time, ISO-8601 in UTC, e.g. {@code 2026-11-21T14:30:00Z}. */
    String created();
}
