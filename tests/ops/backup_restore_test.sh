#!/usr/bin/env bash
# Backup and restore, end to end, with the real binary and the real scripts:
#   fresh data dir → ejob migrate + seed --demo (with photos) → serve; remember a vacancy page and a photo → online
#   backup while serving → stop → backup → restore into a fresh data dir (and database) → restore again is refused
#   without --force and accepted with it → serve the restored site: same title on the same URL, same photo bytes.
# Always on SQLite; on PostgreSQL too when EJOB_TEST_PG_URL_FILE names a file holding the admin URL of a running
# test cluster (tests/support/pg_cluster.sh start DIR writes DIR/url): a fresh database is created for the source and
# another for the restore, and both are dropped afterwards.
# Environment: EJOB_BIN (default build/ejob). Prints "backup/restore: N passed, M failed"; exit 0 only when all pass.
# shellcheck disable=SC2317,SC2001  # helpers are called through check(); sed indents captured output
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
BIN="${EJOB_BIN:-$root/build/ejob}"
BACKUP="$root/scripts/backup.sh"
RESTORE="$root/scripts/restore.sh"
unset EJOB_LISTEN EJOB_DB EJOB_DATA_DIR EJOB_BASE_URL  # the test names every site explicitly

passed=0 failed=0
work=$(mktemp -d "${TMPDIR:-/tmp}/ejob-ops-test.XXXXXX")
server_pid="" base="" pg_admin="" pg_dbs=()

cleanup() {
    if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
    for d in "${pg_dbs[@]}"; do
        psql -X -q -d "$pg_admin" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 ||
            echo "warning: could not drop the test database $d" >&2
    done
    rm -rf "$work"
}
trap cleanup EXIT

pass() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1" >&2; }
check() {  # DESCRIPTION COMMAND…: one counted check
    local what="$1"; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
    echo "backup/restore: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
    exit $?
}

# fetch URL FILE → prints the HTTP status (000 when the server did not answer)
fetch() { curl -sS --max-time 15 -o "$2" -w '%{http_code}' "$1" 2>/dev/null || true; }

# start_server LOG ARGS…: serves on a free port (port 0, read back from the log) and waits until /readyz answers.
start_server() {
    local log="$1"; shift
    "$BIN" serve --listen 127.0.0.1:0 "$@" >"$log" 2>&1 &
    server_pid=$!
    base=""
    for _ in $(seq 1 100); do
        base=$(grep -oE 'serving on http://[0-9.]+:[0-9]+' "$log" | head -n 1 | sed 's/^serving on //')
        [ -n "$base" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$base" ]; then
        echo "the server did not start; its log:" >&2; sed 's/^/    /' "$log" >&2
        wait "$server_pid" 2>/dev/null; server_pid=""
        return 1
    fi
    for _ in $(seq 1 100); do
        [ "$(fetch "$base/readyz" /dev/null)" = 200 ] && return 0
        sleep 0.1
    done
    echo "the server at $base never became ready" >&2
    return 1
}

# stop_server: SIGTERM, then the exit status of a graceful stop (0).
stop_server() {
    local status=0
    kill -TERM "$server_pid" 2>/dev/null || return 1
    wait "$server_pid" || status=$?
    server_pid=""
    return "$status"
}

manifest_value() { sed -n "s/^$2: //p" "$1/MANIFEST" | head -n 1; }
title_of() { grep -o '<h1[^>]*>[^<]*</h1>' "$1" | head -n 1 | sed -E 's/<[^>]+>//g'; }
nonzero() { [ -n "$1" ] && [ "$1" != 0 ]; }
same() { [ "$1" = "$2" ]; }
refused_without_force() {  # ARGS…: restore must exit 1 and say why
    local out status=0
    out=$("$RESTORE" "$@" 2>&1) || status=$?
    [ "$status" -eq 1 ] && grep -q 'refusing to overwrite' <<<"$out"
}
quietly() { local out; out=$("$@" 2>&1) || { sed 's/^/    /' <<<"$out" >&2; return 1; }; }

# scenario NAME SRC_DB_ARGS… -- DST_DB_ARGS…: one full round trip. A failed set-up step ends the scenario.
scenario() {
    local name="$1"; shift
    local src_db=() dst_db=()
    while [ "$1" != -- ]; do src_db+=("$1"); shift; done
    shift
    dst_db=("$@")
    local src="$work/$name-src" dst="$work/$name-dst" bk="$work/$name-backup"
    local page="$work/$name-page.html" list="$work/$name-list.html"
    [ "$name" = postgresql ] && bk="$work/$name-backup.tar"  # one format each: a directory and a tarball
    echo "== $name"

    check "$name: migrate a fresh database" quietly "$BIN" migrate --data-dir "$src" "${src_db[@]}" || return 1
    check "$name: seed demo content with photos" quietly "$BIN" seed --demo --vacancies 20 --resumes 5 --services 5 \
        --with-photos 5 --data-dir "$src" "${src_db[@]}" || return 1
    check "$name: serve the seeded site" start_server "$work/$name-src.log" --data-dir "$src" "${src_db[@]}" ||
        return 1

    local status vacancy title photo photo_sum
    status=$(fetch "$base/vacancies" "$list")
    vacancy=$(grep -oE 'href="/vacancies/[0-9]+-[^"]*"' "$list" | head -n 1 | sed -E 's/^href="|"$//g')
    check "$name: the vacancy list links a vacancy page" nonzero "$vacancy" || return 1
    status=$(fetch "$base$vacancy" "$page")
    title=$(title_of "$page")
    check "$name: $vacancy answers 200 with a title" test "$status" = 200 -a -n "$title" || return 1
    fetch "$base/services" "$list" >/dev/null
    photo=$(grep -oE '/media/[0-9a-f]{32}-(display|thumb)\.(webp|jpg)' "$list" | head -n 1)
    check "$name: the services list shows a photo" nonzero "$photo" || return 1
    status=$(fetch "$base$photo" "$work/$name-photo")
    photo_sum=$(sha256sum <"$work/$name-photo" | cut -d' ' -f1)
    check "$name: $photo answers 200" same "$status" 200 || return 1

    check "$name: online backup while the server runs" quietly "$BACKUP" --data-dir "$src" "${src_db[@]}" \
        --out "$work/$name-online.tar"
    check "$name: the server stops gracefully on SIGTERM" stop_server

    check "$name: backup" quietly "$BACKUP" --data-dir "$src" "${src_db[@]}" --out "$bk" || return 1
    local unpacked="$bk"
    if [ -f "$bk" ]; then
        mkdir "$work/$name-unpacked" && tar -C "$work/$name-unpacked" -xf "$bk"
        unpacked="$work/$name-unpacked/$(basename "$bk" .tar)"
    fi
    check "$name: the manifest names the backend" same "$(manifest_value "$unpacked" backend)" "$name"
    check "$name: the manifest counts 30 publications" same "$(manifest_value "$unpacked" publications)" 30
    check "$name: the manifest counts media files" nonzero "$(manifest_value "$unpacked" media_files)"

    check "$name: restore into a fresh data dir" quietly "$RESTORE" "$bk" --data-dir "$dst" "${dst_db[@]}" || return 1
    check "$name: a second restore is refused without --force" refused_without_force "$bk" --data-dir "$dst" \
        "${dst_db[@]}"
    check "$name: a second restore with --force" quietly "$RESTORE" "$bk" --data-dir "$dst" "${dst_db[@]}" --force

    check "$name: serve the restored site" start_server "$work/$name-dst.log" --data-dir "$dst" "${dst_db[@]}" ||
        return 1
    status=$(fetch "$base$vacancy" "$page")
    check "$name: $vacancy answers 200 after the restore" same "$status" 200
    check "$name: the same title after the restore (\"$title\")" same "$(title_of "$page")" "$title"
    status=$(fetch "$base$photo" "$work/$name-photo")
    check "$name: $photo answers 200 after the restore" same "$status" 200
    check "$name: the same photo bytes after the restore" same "$(sha256sum <"$work/$name-photo" | cut -d' ' -f1)" \
        "$photo_sum"
    check "$name: the restored server stops gracefully" stop_server
    # Ids continue after the restore (PostgreSQL identity sequences come back with the data).
    check "$name: new publications can be added to the restored database" quietly "$BIN" seed --demo --vacancies 2 \
        --resumes 1 --services 1 --with-photos 1 --data-dir "$dst" "${dst_db[@]}"
}

for tool in curl tar sha256sum sqlite3; do
    command -v "$tool" >/dev/null 2>&1 || { fail "the $tool command is missing (install it)"; finish; }
done
[ -x "$BIN" ] || { fail "no ejob binary at $BIN (make build, or set EJOB_BIN)"; finish; }

scenario sqlite -- || true

if [ -n "${EJOB_TEST_PG_URL_FILE:-}" ]; then
    if [ ! -r "$EJOB_TEST_PG_URL_FILE" ]; then
        fail "postgresql: EJOB_TEST_PG_URL_FILE=$EJOB_TEST_PG_URL_FILE cannot be read (is the test cluster running?)"
    elif ! command -v psql >/dev/null 2>&1 || ! command -v pg_dump >/dev/null 2>&1; then
        fail "postgresql: psql and pg_dump are missing (package postgresql-client)"
    else
        pg_admin=$(head -n 1 "$EJOB_TEST_PG_URL_FILE")
        server_url="${pg_admin%%\?*}"; server_url="${server_url%/*}"
        src_name="ejob_ops_src_$$" dst_name="ejob_ops_dst_$$"
        if quietly psql -X -q -v ON_ERROR_STOP=1 -d "$pg_admin" -c "CREATE DATABASE $src_name" &&
           pg_dbs+=("$src_name") &&
           quietly psql -X -q -v ON_ERROR_STOP=1 -d "$pg_admin" -c "CREATE DATABASE $dst_name" &&
           pg_dbs+=("$dst_name"); then
            # The source is named by a config file (as in production), the target by --db.
            printf '# written by backup_restore_test.sh\ndb = "%s"\nthreads = 4\n' "$server_url/$src_name" \
                >"$work/postgresql-src.toml"
            scenario postgresql --config "$work/postgresql-src.toml" -- --db "$server_url/$dst_name" || true
        else
            fail "postgresql: cannot create the test databases on $pg_admin"
        fi
    fi
else
    echo "== postgresql: skipped (set EJOB_TEST_PG_URL_FILE to the url file of a test cluster)"
fi

finish
