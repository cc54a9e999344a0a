#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (if installed) and makes sure the test database exists.
set -euo pipefail
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
command -v pg_lsclusters >/dev/null 2>&1 || { echo "postgres-start: postgresql not installed" >&2; exit 0; }
ver=$(pg_lsclusters -h | awk 'NR==1{print $1}')
name=$(pg_lsclusters -h | awk 'NR==1{print $2}')
if [ -z "$ver" ]; then
  ver=$(ls /usr/lib/postgresql | sort -n | tail -1); name=main
  $SUDO pg_createcluster "$ver" "$name" >/dev/null
fi
$SUDO pg_ctlcluster "$ver" "$name" start 2>/dev/null || true
for _ in $(seq 1 30); do
  $SUDO -u postgres psql -qtAc "select 1" >/dev/null 2>&1 && break || sleep 1
done 2>/dev/null || true
run_pg() { if [ "$(id -u)" = "0" ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }
run_pg "psql -qtAc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
run_pg "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='chanye_test'\" | grep -q 1 || createdb chanye_test"
