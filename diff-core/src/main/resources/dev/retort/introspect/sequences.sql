-- Standalone sequences of the managed schemas with their options and OWNED BY column. Identity sequences
-- (an internal dependency, deptype 'i', on their column) belong to the column; extension members are left out.
-- The owner is a LATERAL lookup with LIMIT 1 (one index probe per sequence) for the reason given in columns.sql.
SELECT n.nspname,
       c.relname,
       format_type(s.seqtypid, NULL) AS sequence_type,
       s.seqstart,
       s.seqincrement,
       s.seqmin,
       s.seqmax,
       s.seqcache,
       s.seqcycle,
       owner.owner_schema,
       owner.owner_table,
       owner.owner_column
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN LATERAL (SELECT owner_namespace.nspname AS owner_schema,
                          owner_class.relname AS owner_table,
                          owner_attribute.attname AS owner_column
                   FROM pg_depend owned
                   JOIN pg_class owner_class ON owner_class.oid = owned.refobjid
                   JOIN pg_namespace owner_namespace ON owner_namespace.oid = owner_class.relnamespace
                   JOIN pg_attribute owner_attribute ON owner_attribute.attrelid = owned.refobjid
                                                    AND owner_attribute.attnum = owned.refobjsubid
                   WHERE owned.classid = 'pg_class'::regclass
                     AND owned.objid = c.oid
                     AND owned.objsubid = 0
                     AND owned.refclassid = 'pg_class'::regclass
                     AND owned.refobjsubid > 0
                     AND owned.deptype = 'a'
                   LIMIT 1) AS owner ON true
WHERE n.nspname = ANY (?)
  AND c.relkind = 'S'
  AND NOT EXISTS (SELECT 1
                  FROM pg_depend dep
                  WHERE dep.classid = 'pg_class'::regclass
                    AND dep.objid = c.oid
                    AND dep.objsubid = 0
                    AND dep.deptype IN ('i', 'e'))
