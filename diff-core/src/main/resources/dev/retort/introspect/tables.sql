-- The managed tables with their comments.
WITH managed_tables AS (
    {{managed_tables}}
)
SELECT t.oid,
       t.nspname,
       t.relname,
       d.description
FROM managed_tables t
LEFT JOIN pg_description d ON d.objoid = t.oid
                          AND d.classoid = 'pg_class'::regclass
                          AND d.objsubid = 0
