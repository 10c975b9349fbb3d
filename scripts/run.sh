#!/usr/bin/env bash
# Prepares the embedded database under var/ (migrations, demo content on first run, an admin account) and serves
# the site on http://127.0.0.1:8080. Ctrl-C stops it gracefully.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build/ejob
DATA_DIR="${EJOB_DATA_DIR:-var}"
"$BIN" migrate --data-dir "$DATA_DIR"
"$BIN" seed --demo --if-empty --vacancies "${EJOB_DEMO_VACANCIES:-400}" --data-dir "$DATA_DIR"
"$BIN" admin create --if-missing --email "${EJOB_ADMIN_EMAIL:-admin@ejob.local}" --data-dir "$DATA_DIR"
LISTEN="${EJOB_LISTEN:-127.0.0.1:8080}"
echo "Open http://$LISTEN (administration: http://$LISTEN/admin/login)"
exec "$BIN" serve --data-dir "$DATA_DIR" --listen "$LISTEN"
