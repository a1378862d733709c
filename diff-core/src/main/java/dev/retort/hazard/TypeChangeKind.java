package dev.retort.hazard;

/**
 * How PostgreSQL carries out {@code ALTER COLUMN ... TYPE} from one type to another (HAZARDS.md C7 to C10 and
 * "Type changes that do not rewrite the table"), ordered from harmless to worst.
 */
enum TypeChangeKind {
    /** C7: binary-coercible widening; catalog only, no rewrite. */
    NO_REWRITE,
    /** C8: every row is rewritten, every value kept. */
    REWRITE,
    /** C8, json to jsonb: rewritten, and whitespace, duplicate keys and key order are normalized. */
    REWRITE_NORMALIZES,
    /** C8, with and without time zone: rewritten, values reinterpreted in the session time zone. */
    REWRITE_TIME_ZONE,
    /** C8, to an unbounded string type through the type's text output: values kept, the type family changes. */
    CONVERSION,
    /** C9: rewritten; values may be rounded or truncated, or fail to fit. */
    NARROWING,
    /** C10: no assignment cast exists, so the change needs a USING expression. */
    INCOMPATIBLE
}
