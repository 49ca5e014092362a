#!/bin/sh
# docker-compose.yml's postgres-setup: every component's database and login role (deploy/postgres/
# component-database.sql, mounted at /setup), at every `docker compose up`: idempotent, and a volume made before the
# per-component roles is upgraded. Connects as the superuser (PGHOST, PGUSER, PGPASSWORD); each role's password comes
# from the variable named beside it and goes to psql on stdin.
set -eu
for pair in \
  fulfillment_identity_provider:IDENTITY_PROVIDER_DB_PASSWORD \
  fulfillment_order_import:ORDER_IMPORT_DB_PASSWORD \
  fulfillment_customer_provisioning:CUSTOMER_PROVISIONING_DB_PASSWORD \
  fulfillment_commerce_order:COMMERCE_ORDER_DB_PASSWORD \
  fulfillment_tracking_sync:TRACKING_SYNC_DB_PASSWORD \
  fulfillment_sp_api_simulator:SP_API_SIMULATOR_DB_PASSWORD
do
  role=${pair%%:*} variable=${pair#*:}
  password=$(printenv "$variable") || { echo "set $variable (see deploy/docker/.env.example)" >&2; exit 1; }
  { printf '\\set role %s\n\\set password %s\n' "$role" "$password"; cat /setup/component-database.sql; } \
    | psql -q -d postgres >/dev/null
  echo "database $role: owned by its own login role"
done
