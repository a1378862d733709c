-- The tables of the managed schemas: ordinary and partitioned tables, but not partitions (they follow
-- their parent) and not tables that belong to an extension (the extension manages them).
SELECT c.oid, n.nspname, c.relname
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1
                  FROM pg_depend ext
                  WHERE ext.classid = 'pg_class'::regclass
                    AND ext.objid = c.oid
                    AND ext.deptype = 'e')
