-- The user columns of every managed table: type, nullability, default or generation expression, identity
-- with its sequence, non-default collation and comment.
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
       identity_sequence.relname AS identity_sequence,
       format_type(identity_options.seqtypid, NULL) AS sequence_type,
       identity_options.seqstart,
       identity_options.seqincrement,
       identity_options.seqmin,
       identity_options.seqmax,
       identity_options.seqcache,
       identity_options.seqcycle,
       collation_schema.nspname AS collation_schema,
       coll.collname AS collation_name,
       d.description
FROM managed_tables t
JOIN pg_attribute a ON a.attrelid = t.oid
                   AND a.attnum > 0
                   AND NOT a.attisdropped
JOIN pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid
                       AND ad.adnum = a.attnum
-- Why: a collation is recorded only where it differs from the one the type brings.
LEFT JOIN (pg_collation coll
           JOIN pg_namespace collation_schema ON collation_schema.oid = coll.collnamespace)
       ON coll.oid = a.attcollation
      AND a.attcollation <> ty.typcollation
-- Why: an identity column's sequence depends on the column internally (deptype 'i').
LEFT JOIN (pg_depend identity_dependency
           JOIN pg_class identity_sequence ON identity_sequence.oid = identity_dependency.objid
                                          AND identity_sequence.relkind = 'S'
           JOIN pg_sequence identity_options ON identity_options.seqrelid = identity_sequence.oid)
       ON a.attidentity <> ''
      AND identity_dependency.classid = 'pg_class'::regclass
      AND identity_dependency.refclassid = 'pg_class'::regclass
      AND identity_dependency.refobjid = a.attrelid
      AND identity_dependency.refobjsubid = a.attnum
      AND identity_dependency.deptype = 'i'
LEFT JOIN pg_description d ON d.objoid = a.attrelid
                          AND d.classoid = 'pg_class'::regclass
                          AND d.objsubid = a.attnum
