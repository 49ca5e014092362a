#!/bin/sh
# docker-compose.yml's rabbitmq-setup: one broker user per service, with permissions on the virtual host "/" limited
# to what MassTransit needs (the same as deploy/local/fulfillment's broker_permissions, which explains each part:
# keep the two in step). Idempotent: at every `docker compose up`. Through the management API as the administrator
# (RABBITMQ_ADMIN_USER, RABBITMQ_ADMIN_PASSWORD at RABBITMQ_MANAGEMENT_URL); a user's password comes from the
# variable named beside it. Secrets reach curl in files of this container, never on a command line.
set -eu
api=${RABBITMQ_MANAGEMENT_URL%/}/api
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 077
printf 'user = "%s:%s"\n' "$RABBITMQ_ADMIN_USER" "$RABBITMQ_ADMIN_PASSWORD" >"$work/admin"
call() { curl -sS --fail --max-time 10 -K "$work/admin" -H 'content-type: application/json' "$@" >/dev/null; }
contracts='Fulfillment\\.Contracts\\.[A-Za-z0-9.]+:[A-Za-z0-9]+'
for pair in order-import:ORDER_IMPORT_RABBITMQ_PASSWORD customer-provisioning:CUSTOMER_PROVISIONING_RABBITMQ_PASSWORD \
  commerce-order:COMMERCE_ORDER_RABBITMQ_PASSWORD tracking-sync:TRACKING_SYNC_RABBITMQ_PASSWORD
do
  user=${pair%%:*} variable=${pair#*:}
  password=$(printenv "$variable") || { echo "set $variable (see deploy/docker/.env.example)" >&2; exit 1; }
  printf '{"password":"%s","tags":""}' "$password" >"$work/user"
  call -X PUT --data-binary @"$work/user" "$api/users/$user"
  # JSON strings: the expressions' backslashes are doubled above.
  printf '{"configure":"^(%s-.*|%s|MassTransit:Fault--.*)$","write":"^(%s-.*|%s|MassTransit:Fault--.*|amq\\\\.default)$","read":"^(%s-.*|%s)$"}' \
    "$user" "$contracts" "$user" "$contracts" "$user" "$contracts" >"$work/permissions"
  call -X PUT --data-binary @"$work/permissions" "$api/permissions/%2F/$user"
  echo "broker user $user: permissions on its own queues, the contract and fault exchanges"
done
