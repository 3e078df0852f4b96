#!/bin/bash
# What Testcontainers' PostgreSQLContainer expects of the official image's entrypoint: POSTGRES_USER, POSTGRES_PASSWORD
# and POSTGRES_DB make the superuser and the first database of a new data directory; the server is started once
# on the socket alone to create them, then for good, so "database system is ready to accept connections" is logged
# twice (the wait strategy counts two). Arguments are those of the postgres command, e.g. "postgres -c fsync=off".
set -euo pipefail
# The socket in /tmp: /run may be a fresh tmpfs in a container, without Debian's /run/postgresql.
export PGHOST=/tmp

if [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi

if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set (the image allows no login without a password)}"
  user="${POSTGRES_USER:-postgres}"
  db="${POSTGRES_DB:-$user}"
  initdb -D "$PGDATA" --username="$user" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  # Reachable from outside the container, by password only.
  printf "listen_addresses = '*'\nunix_socket_directories = '/tmp'\n" >> "$PGDATA/postgresql.conf"
  echo 'host all all all scram-sha-256' >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -w -o "-c listen_addresses=''" start
  if [ "$db" != postgres ]; then
    psql -v ON_ERROR_STOP=1 -q --username="$user" --dbname=postgres --set=db="$db" <<<'CREATE DATABASE :"db";'
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop
  echo 'PostgreSQL init process complete; ready for start up.'
fi

exec "$@"
