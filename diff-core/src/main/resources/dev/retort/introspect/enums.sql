-- Enum types of the managed schemas with their labels in sort order, leaving out extension members.
SELECT n.nspname,
       t.typname,
       ARRAY(SELECT e.enumlabel::text
             FROM pg_enum e
             WHERE e.enumtypid = t.oid
             ORDER BY e.enumsortorder) AS labels
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY (?)
  AND t.typtype = 'e'
  AND NOT EXISTS (SELECT 1
                  FROM pg_depend ext
                  WHERE ext.classid = 'pg_type'::regclass
                    AND ext.objid = t.oid
                    AND ext.deptype = 'e')
