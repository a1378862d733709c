-- The planner's size estimate of each managed table, from the statistics VACUUM, ANALYZE and CREATE INDEX
-- keep in pg_class: reltuples (rows; -1 for a table never vacuumed or analyzed, PostgreSQL 14+) and relpages.
-- One set-based query, no per-table probe.
WITH managed_tables AS (
    {{managed_tables}}
)
SELECT t.nspname,
       t.relname,
       c.reltuples::float8 AS reltuples,
       c.relpages::bigint  AS relpages
FROM managed_tables t
JOIN pg_class c ON c.oid = t.oid
