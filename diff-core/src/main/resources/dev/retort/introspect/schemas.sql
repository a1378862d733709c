-- The managed schemas that exist.
SELECT n.nspname
FROM pg_namespace n
WHERE n.nspname = ANY (?)
