#!/usr/bin/env bash
# `make run`: installs what is missing, builds, prepares the embedded database under var/ (migrations, demo content
# on first run, an admin account) and serves the site on http://127.0.0.1:8080. Ctrl-C stops it gracefully.
# Each step prints one line; what the tools say goes to build/make-run.log, and its end is shown when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
JOBS="${JOBS:-$(nproc)}"
BIN="$BUILD_DIR/ejob"
DATA_DIR="${EJOB_DATA_DIR:-var}"
LISTEN="${EJOB_LISTEN:-127.0.0.1:8080}"
mkdir -p "$BUILD_DIR"
LOG="$BUILD_DIR/make-run.log"
: >"$LOG"

# step LABEL COMMAND...: runs COMMAND with its output in the log. (Inside a step `set -e` does not apply, so the
# functions below chain their commands with &&.)
step() {
  local label="$1"
  shift
  printf '• %s… ' "$label"
  echo "### $label: $*" >>"$LOG"
  if "$@" >>"$LOG" 2>&1; then
    echo done
  else
    echo failed
    echo "--- the end of $LOG:"
    tail -n 40 "$LOG"
    exit 1
  fi
}

build() {
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release && cmake --build "$BUILD_DIR" -j "$JOBS" --target ejob
}

admin=""
prepare_database() {
  "$BIN" migrate --data-dir "$DATA_DIR" &&
    "$BIN" seed --demo --if-empty --vacancies "${EJOB_DEMO_VACANCIES:-400}" --data-dir "$DATA_DIR" &&
    # What `admin create` prints (the account, and a generated password the first time) is for the user.
    admin=$("$BIN" admin create --if-missing --email "${EJOB_ADMIN_EMAIL:-admin@ejob.local}" --data-dir "$DATA_DIR")
}

step "installing packages" scripts/install-deps.sh build
step "building (the first build takes a few minutes)" build
step "preparing the database (the first time with demo content)" prepare_database
echo "$admin"
echo "Open http://$LISTEN (administration: http://$LISTEN/admin/login). Ctrl-C stops the server."
exec "$BIN" serve --data-dir "$DATA_DIR" --listen "$LISTEN"
