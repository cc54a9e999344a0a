#!/usr/bin/env bash
# Installs what the tests need from Debian: chromium (browser tests) and postgresql (store tests),
# then starts a local PostgreSQL server on 127.0.0.1:5432 with a `chanye_test` database.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "system-deps: not root and no sudo; skipping chromium/postgresql install" >&2; exit 0; fi
fi
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-noto-cjk >/dev/null
fi
bash scripts/postgres-start.sh
