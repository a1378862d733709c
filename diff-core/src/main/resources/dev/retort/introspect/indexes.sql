-- Free-standing indexes of every managed table, one row per index column (keys, then INCLUDE columns).
WITH managed_tables AS (
    {{managed_tables}}
)
SELECT i.indrelid AS table_oid,
       ic.relname AS index_name,
       am.amname,
       i.indisunique,
       -- Why: indnullsnotdistinct exists from PostgreSQL 15 on; see constraints.sql. AND skips the costly
       -- row-to-jsonb conversion for indexes that are not unique.
       i.indisunique AND coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) AS nulls_not_distinct,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       k.position,
       k.position > i.indnkeyatts AS included,
       a.attname AS column_name,
       CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.position, false) END AS expression,
       opclass_schema.nspname AS opclass_schema,
       opc.opcname AS opclass_name,
       collation_schema.nspname AS collation_schema,
       coll.collname AS collation_name,
       -- Why: indoption bit 1 is DESC and bit 2 is NULLS FIRST (INDOPTION_DESC, INDOPTION_NULLS_FIRST).
       coalesce(i.indoption[k.position - 1] & 1 <> 0, false) AS descending,
       coalesce(i.indoption[k.position - 1] & 2 <> 0, false) AS nulls_first
FROM managed_tables t
JOIN pg_index i ON i.indrelid = t.oid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
-- Why unnest rather than generate_series: the planner expects about 10 elements from unnest of an array
-- column but 1,000 rows from a generate_series with non-constant bounds, and plans far worse for it.
CROSS JOIN LATERAL (SELECT u.attnum, u.position::integer AS position
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS u(attnum, position)) AS k
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid
                        AND a.attnum = k.attnum
                        AND k.attnum <> 0
LEFT JOIN (pg_opclass opc
           JOIN pg_namespace opclass_schema ON opclass_schema.oid = opc.opcnamespace)
       ON opc.oid = i.indclass[k.position - 1]
      AND NOT opc.opcdefault
LEFT JOIN (pg_collation coll
           JOIN pg_namespace collation_schema ON collation_schema.oid = coll.collnamespace)
       ON coll.oid = i.indcollation[k.position - 1]
      AND CASE
              -- A column key's collation is the column's unless written otherwise.
              WHEN k.attnum <> 0 THEN coll.oid <> a.attcollation
              -- Why: SQL cannot ask for an expression's own collation, but pg_get_indexdef prints
              -- COLLATE after a key exactly when the index's collation differs from it (ruleutils.c).
              ELSE strpos(pg_get_indexdef(i.indexrelid),
                          CASE WHEN k.position = 1 THEN '(' ELSE ', ' END
                              || pg_get_indexdef(i.indexrelid, k.position, false) || ' COLLATE ') > 0
          END
-- Why: an index that backs a primary key, unique or exclusion constraint of its own table is part of that
-- constraint. A foreign key's conindid names the REFERENCED table's unique index, which may be free-standing;
-- the contype filter keeps foreign keys out and the conrelid match states that the constraint is the index's
-- own table's.
WHERE NOT EXISTS (SELECT 1
                  FROM pg_constraint con
                  WHERE con.conindid = i.indexrelid
                    AND con.conrelid = i.indrelid
                    AND con.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.relname, k.position
