-- The managed tables with their comments. The comment is a per-row subquery (one index probe each) for the
-- reason given in columns.sql.
WITH managed_tables AS (
    {{managed_tables}}
)
SELECT t.oid,
       t.nspname,
       t.relname,
       (SELECT d.description
        FROM pg_description d
        WHERE d.objoid = t.oid
          AND d.classoid = 'pg_class'::regclass
          AND d.objsubid = 0) AS description
FROM managed_tables t
