#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a data directory and a database. Stop every ejob server that uses
# the target first.
#
# Usage: scripts/restore.sh BACKUP [--config FILE] [--data-dir DIR] [--db URL] [--media-dir DIR] [--force]
#   BACKUP                       the backup directory, or the .tar file made with `backup.sh --out NAME.tar`
#   --config, --data-dir, --db,  the target, found exactly as `ejob serve` finds its site: defaults < config file
#   --media-dir                  (data_dir, db, media_dir) < EJOB_DATA_DIR, EJOB_DB, EJOB_MEDIA_DIR < flags (defaults:
#                                data dir var/, database sqlite://<data-dir>/ejob.db, media <data-dir>/media)
#   --force                      restore over a target that is not empty. SQLite: the old database file is kept as
#                                <file>.before-restore-<time>. PostgreSQL: every table of the target's public schema
#                                is dropped (in the same transaction as the restore). Photos: the backup's files are
#                                added to the media directory; files already there are kept.
#
# Without --force, the restore refuses a target database that has tables or a media directory that has files.
# The database is restored into the same kind it came from; to move from SQLite to PostgreSQL, restore into SQLite,
# then copy with `ejob migrate-data --from sqlite:///… --to postgresql://…`.
# Needs: sqlite3 (package sqlite3) for SQLite; psql and pg_restore (postgresql-client) for PostgreSQL; tar, sha256sum.
# Exit status: 0 done, 1 failed or refused, 2 bad usage.
set -euo pipefail
umask 027

die() { echo "restore: $*" >&2; exit 1; }
usage() { sed -n '5,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit "${1:-2}"; }

toml_string() {  # same reader as backup.sh: a top-level `key = "value"` of a TOML file
    awk -v key="$2" '
        /^[[:space:]]*\[/ { exit }
        {
            line = $0; sub(/^[[:space:]]+/, "", line)
            if (index(line, key) != 1) next
            rest = substr(line, length(key) + 1)
            if (!match(rest, /^[[:space:]]*=[[:space:]]*["\047]/)) next
            q = substr(rest, RLENGTH, 1); rest = substr(rest, RLENGTH + 1)
            end = index(rest, q)
            if (end) { print substr(rest, 1, end - 1); exit }
        }' "$1"
}
redact() { sed -E 's#(://[^:/@]+:)[^@]*@#\1***@#' <<<"$1"; }
manifest() { sed -n "s/^$1: //p" "$backup/MANIFEST" | head -n 1; }

backup="" config="" data_dir="" db="" media_dir="" force=0
while [ $# -gt 0 ]; do
    case "$1" in
        --config) config="${2:?--config needs a file}"; shift 2 ;;
        --data-dir) data_dir="${2:?--data-dir needs a directory}"; shift 2 ;;
        --db) db="${2:?--db needs a URL}"; shift 2 ;;
        --media-dir) media_dir="${2:?--media-dir needs a directory}"; shift 2 ;;
        --force) force=1; shift ;;
        -h|--help) usage 0 ;;
        -*) echo "restore: unknown option: $1" >&2; usage ;;
        *) [ -z "$backup" ] || { echo "restore: one backup at a time" >&2; usage; }; backup="$1"; shift ;;
    esac
done
[ -n "$backup" ] || usage

cfg_data_dir="" cfg_db="" cfg_media_dir=""
if [ -n "$config" ]; then
    [ -r "$config" ] || die "cannot read the config file $config"
    cfg_data_dir=$(toml_string "$config" data_dir)
    cfg_db=$(toml_string "$config" db)
    cfg_media_dir=$(toml_string "$config" media_dir)
fi
data_dir="${data_dir:-${EJOB_DATA_DIR:-${cfg_data_dir:-var}}}"
db="${db:-${EJOB_DB:-${cfg_db:-sqlite://$data_dir/ejob.db}}}"
media_dir="${media_dir:-${EJOB_MEDIA_DIR:-${cfg_media_dir:-$data_dir/media}}}"

# 1. Open and verify the backup.
unpacked=""
cleanup() { if [ -n "$unpacked" ]; then rm -rf "$unpacked"; fi; }
trap cleanup EXIT
if [ -f "$backup" ]; then
    unpacked=$(mktemp -d "${TMPDIR:-/tmp}/ejob-restore.XXXXXX")
    tar -C "$unpacked" -xf "$backup" || die "cannot unpack $backup"
    found=$(find "$unpacked" -mindepth 1 -maxdepth 2 -name MANIFEST -printf '%h\n' | head -n 1)
    [ -n "$found" ] || die "$backup holds no MANIFEST: not an ejob backup"
    backup="$found"
fi
[ -f "$backup/MANIFEST" ] || die "$backup has no MANIFEST: not an ejob backup"
[ "$(manifest format)" = "ejob-backup 1" ] || die "unknown backup format in $backup/MANIFEST: $(manifest format)"
[ -f "$backup/SHA256SUMS" ] || die "$backup has no SHA256SUMS"
(cd "$backup" && sha256sum --quiet --strict -c SHA256SUMS) >&2 || die "$backup is damaged: a checksum does not match"
src_backend=$(manifest backend)
db_file="$backup/$(manifest database_file)"
media_tar="$backup/$(manifest media_archive)"
mail_name=$(manifest mail_archive)
if [ ! -f "$db_file" ] || [ ! -f "$media_tar" ]; then
    die "$backup is incomplete (database or media archive missing)"
fi

case "$db" in
    sqlite://*) backend=sqlite; db_path="${db#sqlite://}" ;;
    postgresql://*|postgres://*) backend=postgresql ;;
    *) die "unsupported database URL (expected sqlite:///path or postgresql://…): $(redact "$db")" ;;
esac
if [ "$src_backend" != "$backend" ]; then
    die "the backup holds a $src_backend database but the target is $backend. Restore into $src_backend first, then" \
        "copy with: ejob migrate-data --from <that database> --to <this one>"
fi

# 2. Check the target before touching anything.
nonempty_dir() { [ -d "$1" ] && [ -n "$(find "$1" -mindepth 1 -maxdepth 1 -print -quit)" ]; }
refusals=()
if [ "$backend" = sqlite ]; then
    command -v sqlite3 >/dev/null 2>&1 ||
        die "the sqlite3 command is missing: install it (apt-get install sqlite3) and run the restore again"
    if [ -s "$db_path" ] || [ -s "$db_path-wal" ]; then refusals+=("the database $db_path exists"); fi
else
    if ! command -v psql >/dev/null 2>&1 || ! command -v pg_restore >/dev/null 2>&1; then
        die "psql and pg_restore are missing: install postgresql-client"
    fi
    tables=$(psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$db" \
             -c "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'" 2>&1) ||
        die "cannot reach the target database $(redact "$db"): $tables"
    [ "$tables" -eq 0 ] || refusals+=("the database $(redact "$db") has $tables tables")
fi
if nonempty_dir "$media_dir"; then refusals+=("$media_dir has files"); fi
if [ ${#refusals[@]} -gt 0 ]; then
    if [ "$force" -eq 0 ]; then
        printf 'restore: the target is not empty: %s\n' "${refusals[@]}" >&2
        die "refusing to overwrite it; pass --force to restore over it (see --help for what is kept)"
    fi
    printf 'restore: --force: restoring over a target that is not empty (%s)\n' "${refusals[@]}" >&2
fi

mkdir -p "$data_dir"
owner=""
[ "$(id -u)" -eq 0 ] && owner=$(stat -c %u:%g "$data_dir")  # root restores files for the data dir's owner
stamp=$(date -u +%Y%m%dT%H%M%SZ)

# 3. The database.
if [ "$backend" = sqlite ]; then
    mkdir -p "$(dirname "$db_path")"
    cp -- "$db_file" "$db_path.restoring"
    check=$(sqlite3 -bail "$db_path.restoring" "PRAGMA integrity_check;" 2>&1) || true
    [ "$check" = ok ] || { rm -f "$db_path.restoring"; die "the backup's database fails its integrity check: $check"; }
    if [ -e "$db_path" ] || [ -e "$db_path-wal" ]; then
        for suffix in "" -wal -shm; do
            if [ -e "$db_path$suffix" ]; then mv -- "$db_path$suffix" "$db_path.before-restore-$stamp$suffix"; fi
        done
        echo "restore: the previous database is kept as $db_path.before-restore-$stamp" >&2
    fi
    mv -- "$db_path.restoring" "$db_path"
    [ -z "$owner" ] || chown "$owner" "$db_path"
else
    # One transaction: with --force the old tables and functions (the audit log's trigger) are dropped and the
    # backup loaded, or nothing changes.
    drop_all="DO \$\$ DECLARE r record; BEGIN
        FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
            EXECUTE 'DROP TABLE IF EXISTS public.' || quote_ident(r.tablename) || ' CASCADE';
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
            EXECUTE 'DROP FUNCTION IF EXISTS ' || r.fn || ' CASCADE';
        END LOOP; END \$\$;"
    # pg_restore writes the whole script first, so that a failure half-way cannot leave psql committing a part.
    sql=$(mktemp --suffix=.sql "${TMPDIR:-/tmp}/ejob-restore.XXXXXX")
    trap 'cleanup; rm -f "$sql"' EXIT
    if [ "$force" -eq 1 ]; then echo "$drop_all" >"$sql"; fi
    pg_restore --no-owner --no-acl --file=- "$db_file" >>"$sql" || die "pg_restore cannot read $db_file"
    if ! err=$(psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$db" -f "$sql" 2>&1 >/dev/null); then
        die "restoring into $(redact "$db") failed (nothing was changed): $err"
    fi
    rm -f "$sql"
fi

# 4. The photos (and the mail when the backup has it): added to the directory, existing files kept.
extract() {  # ARCHIVE DIR
    mkdir -p "$2"
    tar -C "$2" --no-same-owner --skip-old-files -xf "$1" || die "unpacking $1 into $2 failed"
    [ -z "$owner" ] || chown -R "$owner" "$2"
}
extract "$media_tar" "$media_dir"
if [ -n "$mail_name" ] && [ "$mail_name" != none ] && [ -f "$backup/$mail_name" ]; then
    extract "$backup/$mail_name" "$data_dir/mail"
fi

media_files=$(find "$media_dir" -type f | wc -l)
echo "restore: $src_backend database (schema $(manifest schema_version), $(manifest publications) publications," \
     "made $(manifest created_at)) → $(redact "$db"); $media_dir now has $media_files files"
echo "restore: next: \`ejob migrate\` if this binary is newer than the backup, then start the servers"
