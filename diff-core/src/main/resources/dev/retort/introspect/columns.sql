-- The user columns of every managed table: type, nullability, default or generation expression, identity
-- with its sequence, non-default collation and comment.
--
-- Why the per-column lookups are LATERAL subqueries with LIMIT 1 (which keeps the planner from flattening
-- them into joins): right after a migration the catalog statistics are stale, the planner then expects one
-- identity sequence or comment in the whole database, and a flattened join compares every column with every
-- one of them (10,000 columns x 1,000 identity sequences took most of a second). Each lookup below is one
-- index probe per column instead, whatever the statistics say.
WITH managed_tables AS (
    {{managed_tables}}
)
SELECT a.attrelid AS table_oid,
       a.attname,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull,
       -- Why: pg_attrdef holds both defaults and generation expressions; attgenerated tells them apart
       -- ('s' stored since PostgreSQL 12, 'v' virtual since 18).
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generation_expression,
       a.attgenerated::text AS generated_kind,
       a.attidentity::text AS identity_kind,
       ident.relname AS identity_sequence,
       ident.sequence_type,
       ident.seqstart,
       ident.seqincrement,
       ident.seqmin,
       ident.seqmax,
       ident.seqcache,
       ident.seqcycle,
       coll.collation_schema,
       coll.collation_name,
       (SELECT d.description
        FROM pg_description d
        WHERE d.objoid = a.attrelid
          AND d.classoid = 'pg_class'::regclass
          AND d.objsubid = a.attnum) AS description
FROM managed_tables t
JOIN pg_attribute a ON a.attrelid = t.oid
                   AND a.attnum > 0
                   AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid
                       AND ad.adnum = a.attnum
-- Why: an identity column's sequence depends on the column internally (deptype 'i').
LEFT JOIN LATERAL (SELECT s.relname,
                          format_type(o.seqtypid, NULL) AS sequence_type,
                          o.seqstart, o.seqincrement, o.seqmin, o.seqmax, o.seqcache, o.seqcycle
                   FROM pg_depend dep
                   JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                   JOIN pg_sequence o ON o.seqrelid = s.oid
                   WHERE a.attidentity <> ''
                     AND dep.refclassid = 'pg_class'::regclass
                     AND dep.refobjid = a.attrelid
                     AND dep.refobjsubid = a.attnum
                     AND dep.classid = 'pg_class'::regclass
                     AND dep.deptype = 'i'
                   LIMIT 1) AS ident ON true
-- Why: a collation is recorded only where it differs from the one the type brings.
LEFT JOIN LATERAL (SELECT n.nspname AS collation_schema, c.collname AS collation_name
                   FROM pg_type ty
                   JOIN pg_collation c ON c.oid = a.attcollation
                   JOIN pg_namespace n ON n.oid = c.collnamespace
                   WHERE ty.oid = a.atttypid
                     AND a.attcollation <> ty.typcollation
                   LIMIT 1) AS coll ON true
