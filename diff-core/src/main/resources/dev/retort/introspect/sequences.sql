-- Standalone sequences of the managed schemas with their options and OWNED BY column. Identity sequences
-- (an internal dependency, deptype 'i', on their column) belong to the column; extension members are left out.
SELECT n.nspname,
       c.relname,
       format_type(s.seqtypid, NULL) AS sequence_type,
       s.seqstart,
       s.seqincrement,
       s.seqmin,
       s.seqmax,
       s.seqcache,
       s.seqcycle,
       owner_schema.nspname AS owner_schema,
       owner_table.relname AS owner_table,
       owner_column.attname AS owner_column
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN (pg_depend owned
           JOIN pg_class owner_table ON owner_table.oid = owned.refobjid
           JOIN pg_namespace owner_schema ON owner_schema.oid = owner_table.relnamespace
           JOIN pg_attribute owner_column ON owner_column.attrelid = owned.refobjid
                                         AND owner_column.attnum = owned.refobjsubid)
       ON owned.classid = 'pg_class'::regclass
      AND owned.objid = c.oid
      AND owned.refclassid = 'pg_class'::regclass
      AND owned.refobjsubid > 0
      AND owned.deptype = 'a'
WHERE n.nspname = ANY (?)
  AND c.relkind = 'S'
  AND NOT EXISTS (SELECT 1
                  FROM pg_depend dep
                  WHERE dep.classid = 'pg_class'::regclass
                    AND dep.objid = c.oid
                    AND dep.deptype IN ('i', 'e'))
