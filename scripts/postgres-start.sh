#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (Debian's postgresql package) and makes sure the test database
# `chanye_test` exists, reachable as postgres:postgres@127.0.0.1:5432. Idempotent; a no-op without PostgreSQL.
set -euo pipefail
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
command -v pg_lsclusters >/dev/null 2>&1 || { echo "postgres-start: postgresql not installed; PostgreSQL tests will be skipped" >&2; exit 0; }
run_pg() { if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$1"; else sudo -u postgres bash -c "$1"; fi; }
ver=$(pg_lsclusters -h | awk 'NR==1{print $1}')
name=$(pg_lsclusters -h | awk 'NR==1{print $2}')
if [ -z "$ver" ]; then
  ver=$(ls /usr/lib/postgresql | sort -n | tail -1); name=main
  $SUDO pg_createcluster "$ver" "$name" >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$ver" -v n="$name" '$1==v && $2==n {print $3}')
$SUDO pg_ctlcluster "$ver" "$name" start >/dev/null 2>&1 || true
ok=""
for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p "${port:-5432}"; then ok=1; break; fi
  sleep 1
done
if [ -z "$ok" ]; then
  echo "postgres-start: PostgreSQL $ver/$name did not start; see /var/log/postgresql/" >&2
  exit 0
fi
run_pg "psql -p ${port:-5432} -qtAc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
run_pg "psql -p ${port:-5432} -qtAc \"SELECT 1 FROM pg_database WHERE datname='chanye_test'\" | grep -q 1 || createdb -p ${port:-5432} chanye_test"
echo "postgres-start: PostgreSQL $ver/$name on 127.0.0.1:${port:-5432}, database chanye_test" >&2
