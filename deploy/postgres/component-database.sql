-- One component's database and its login role, idempotently (deploy/local/fulfillment's `up` and docker-compose.yml's
-- postgres-setup run it at every start). Run by the superuser, connected to the database "postgres", with the psql
-- variables role (the role's and its database's name, e.g. fulfillment_order_import) and password (alphanumeric) set
-- first (\set), so that the password is never on a command line.
--
-- The role owns its database and nothing else: no superuser, no creation of roles or databases, and CONNECT on its
-- database is revoked from PUBLIC (only the owner and the superuser may connect), as on the database "postgres".
\set ON_ERROR_STOP on
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'role', :'role')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'role') \gexec
ALTER DATABASE :"role" OWNER TO :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;

-- A database made before the per-component roles (owned by postgres, the service's tables too) is handed over with
-- its objects, so that the service can still migrate its schema: schemas, tables, views, free-standing sequences (one
-- linked to a column follows its table), functions and free-standing types. Quick, and nothing to do, otherwise.
\c :"role"
SELECT set_config('fulfillment.role', :'role', false);
DO $$
DECLARE
  role text := current_setting('fulfillment.role');
  item record;
BEGIN
  FOR item IN
    SELECT nspname FROM pg_namespace
    WHERE nspowner = 'postgres'::regrole AND nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
  LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', item.nspname, role);
  END LOOP;
  FOR item IN
    SELECT c.oid::regclass AS object, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
      AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      AND NOT (c.relkind = 'S' AND EXISTS (
        SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I',
      CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
        WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, item.object, role);
  END LOOP;
  FOR item IN
    SELECT p.oid::regprocedure AS object, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.proowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I',
      CASE item.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, item.object, role);
  END LOOP;
  FOR item IN
    SELECT t.oid::regtype AS object FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typowner = 'postgres'::regrole AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
      AND t.typelem = 0 AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO %I', item.object, role);
  END LOOP;
END
$$;
