-- Primary key, unique, foreign key and check constraints of every managed table. PostgreSQL 18's not-null
-- constraints (contype 'n') are left out: nullability is read from pg_attribute.attnotnull on every version.
WITH managed_tables AS (
    {{managed_tables}}
)
SELECT con.conrelid AS table_oid,
       con.conname,
       con.contype::text AS kind,
       con.condeferrable,
       con.condeferred,
       con.convalidated,
       -- The column lists are only looked up for the kinds that have them (a CASE runs its subquery lazily).
       CASE WHEN con.contype <> 'c' THEN
           ARRAY(SELECT a.attname::text
                 FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                 ORDER BY k.position)
       END AS columns,
       referenced_schema.nspname AS referenced_schema,
       referenced_table.relname AS referenced_table,
       CASE WHEN con.contype = 'f' THEN
           ARRAY(SELECT a.attname::text
                 FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                 ORDER BY k.position)
       END AS referenced_columns,
       con.confupdtype::text AS on_update,
       con.confdeltype::text AS on_delete,
       con.confmatchtype::text AS match_type,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS check_expression,
       -- Why: indnullsnotdistinct exists from PostgreSQL 15 on; reading it through to_jsonb keeps one query
       -- text for every version (absent means NULLS DISTINCT, the only behaviour before 15).
       coalesce((to_jsonb(backing_index) ->> 'indnullsnotdistinct')::boolean, false) AS nulls_not_distinct
FROM managed_tables t
JOIN pg_constraint con ON con.conrelid = t.oid
LEFT JOIN (pg_class referenced_table
           JOIN pg_namespace referenced_schema ON referenced_schema.oid = referenced_table.relnamespace)
       ON referenced_table.oid = con.confrelid
LEFT JOIN pg_index backing_index ON backing_index.indexrelid = con.conindid
                                AND con.contype = 'u'
WHERE con.contype IN ('p', 'u', 'f', 'c')
  -- Why: inherited checks are the parent's; conparentid <> 0 marks the clones PostgreSQL adds for
  -- partitions of a referenced partitioned table.
  AND con.conislocal
  AND con.conparentid = 0
