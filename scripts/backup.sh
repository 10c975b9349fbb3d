#!/usr/bin/env bash
# Backs up an ejob site: the database (SQLite or PostgreSQL) and the photos (the media directory), with a manifest and
# checksums. Safe while the server runs: the database copy is consistent (SQLite online backup API, pg_dump's
# snapshot); the photos are copied after it, so a photo uploaded meanwhile is at worst an unreferenced extra file.
#
# Usage: scripts/backup.sh [--config FILE] [--data-dir DIR] [--db URL] [--media-dir DIR] [--out PATH]
#                          [--include-mail]
#   --config, --data-dir, --db,  find the site exactly as `ejob serve` does: defaults < config file (keys data_dir, db,
#   --media-dir                  media_dir) < EJOB_DATA_DIR, EJOB_DB, EJOB_MEDIA_DIR < flags (defaults: data dir var/,
#                                database sqlite://<data-dir>/ejob.db, media <data-dir>/media)
#   --out PATH                   a directory to create (default ./ejob-backup-<UTC time>), or a file name ending in
#                                .tar for one tarball holding that directory
#   --include-mail               also copy <data-dir>/mail (outgoing mail; it holds private links, so off by default)
#
# The backup holds personal data and the site's signing key (table site_secrets): keep it as private as the database.
# Run it as the user the server runs as (e.g. `sudo -u ejob scripts/backup.sh …`) or as root.
# Needs: sqlite3 (Debian package sqlite3) for SQLite; pg_dump and psql (postgresql-client) for PostgreSQL; tar,
# sha256sum. Exit status: 0 done, 1 failed, 2 bad usage.
set -euo pipefail
umask 077

die() { echo "backup: $*" >&2; exit 1; }
usage() { sed -n '5,18p' "$0" | sed 's/^# \{0,1\}//' >&2; exit "${1:-2}"; }

# The value of a top-level `key = "value"` (or 'value') line of a TOML file; nothing when absent.
toml_string() {
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

config="" data_dir="" db="" media_dir="" out="" include_mail=0
while [ $# -gt 0 ]; do
    case "$1" in
        --config) config="${2:?--config needs a file}"; shift 2 ;;
        --data-dir) data_dir="${2:?--data-dir needs a directory}"; shift 2 ;;
        --db) db="${2:?--db needs a URL}"; shift 2 ;;
        --media-dir) media_dir="${2:?--media-dir needs a directory}"; shift 2 ;;
        --out) out="${2:?--out needs a path}"; shift 2 ;;
        --include-mail) include_mail=1; shift ;;
        -h|--help) usage 0 ;;
        *) echo "backup: unknown argument: $1" >&2; usage ;;
    esac
done

# Resolve the site like the ejob binary does.
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

case "$db" in
    sqlite://*) backend=sqlite; db_path="${db#sqlite://}" ;;
    postgresql://*|postgres://*) backend=postgresql ;;
    *) die "unsupported database URL (expected sqlite:///path or postgresql://…): $(redact "$db")" ;;
esac

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="${out:-ejob-backup-$stamp}"
tarball=0
case "$out" in *.tar) tarball=1 ;; esac
[ -e "$out" ] && die "$out exists already; choose another --out"
case "$out" in *\'*|*\"*) die "the output path must not contain quotes: $out" ;; esac
final_dir="${out%.tar}"
[ "$tarball" -eq 1 ] && [ -e "$final_dir" ] && die "$final_dir exists already; choose another --out"
work="$final_dir.partial"
[ -e "$work" ] && die "$work exists (an interrupted backup?); remove it first"
mkdir -p "$(dirname "$work")"
mkdir "$work"
trap 'rm -rf "$work"' EXIT

# 1. The database.
schema_version=unknown publications=unknown
if [ "$backend" = sqlite ]; then
    command -v sqlite3 >/dev/null 2>&1 ||
        die "the sqlite3 command is missing: install it (apt-get install sqlite3) and run the backup again"
    [ -s "$db_path" ] || die "no SQLite database at $db_path (wrong --data-dir or --db?)"
    case "$db_path" in *\'*|*\"*) die "the database path must not contain quotes: $db_path" ;; esac
    db_file=database.sqlite3
    # Opening the database may create its -wal/-shm files; when root does that, give them back to the owner.
    had_wal=0; [ -e "$db_path-wal" ] && had_wal=1
    had_shm=0; [ -e "$db_path-shm" ] && had_shm=1
    if ! err=$(sqlite3 -bail "$db_path" ".timeout 30000" ".backup '$work/$db_file'" 2>&1); then
        die "the SQLite online backup of $db_path failed: $err"
    fi
    if [ "$(id -u)" -eq 0 ]; then
        owner=$(stat -c %u:%g "$db_path")
        [ "$had_wal" -eq 0 ] && [ -e "$db_path-wal" ] && chown "$owner" "$db_path-wal"
        [ "$had_shm" -eq 0 ] && [ -e "$db_path-shm" ] && chown "$owner" "$db_path-shm"
    fi
    check=$(sqlite3 -bail "$work/$db_file" "PRAGMA integrity_check;" 2>&1) || true
    [ "$check" = ok ] || die "the copied database fails its integrity check: $check"
    schema_version=$(sqlite3 "$work/$db_file" "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;" 2>/dev/null ||
                     echo unknown)
    publications=$(sqlite3 "$work/$db_file" "SELECT COUNT(*) FROM publications;" 2>/dev/null || echo unknown)
else
    command -v pg_dump >/dev/null 2>&1 ||
        die "pg_dump is missing: install postgresql-client (the same major version as the server or newer)"
    db_file=database.pgdump
    if ! err=$(pg_dump --format=custom --no-owner --no-acl --dbname="$db" --file="$work/$db_file" 2>&1); then
        die "pg_dump of $(redact "$db") failed: $err"
    fi
    if command -v psql >/dev/null 2>&1; then
        schema_version=$(psql -X -q -t -A -d "$db" -c "SELECT COALESCE(MAX(version), 0) FROM schema_migrations" \
                         2>/dev/null || echo unknown)
        publications=$(psql -X -q -t -A -d "$db" -c "SELECT COUNT(*) FROM publications" 2>/dev/null || echo unknown)
    fi
fi

# 2. The photos (and, on request, the outgoing mail): the directory's contents, as ./<file>. GNU tar exits 1 when a
# file changed or vanished while it was read (a photo deleted meanwhile): the archive is still good.
archive_dir() {  # DIR NAME: tar the contents of DIR into NAME.tar
    local dir="$1" name="$2" status=0
    if [ -d "$dir" ]; then
        tar -C "$dir" -cf "$work/$name.tar" . || status=$?
        [ "$status" -le 1 ] || die "tar of $dir failed (status $status)"
        [ "$status" -eq 0 ] || echo "backup: note: files in $dir changed while they were copied" >&2
    else
        echo "backup: note: $dir does not exist; the backup has an empty $name archive" >&2
        local empty; empty=$(mktemp -d)
        tar -C "$empty" -cf "$work/$name.tar" .
        rmdir "$empty"
    fi
}
archive_dir "$media_dir" media
media_files=$(tar -tf "$work/media.tar" | grep -vc '/$' || true)
mail_archive=none
if [ "$include_mail" -eq 1 ]; then
    archive_dir "$data_dir/mail" mail
    mail_archive=mail.tar
fi

# 3. The manifest and checksums.
{
    echo "format: ejob-backup 1"
    echo "created_at: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "host: $(hostname 2>/dev/null || echo unknown)"
    echo "backend: $backend"
    echo "source_database: $(redact "$db")"
    echo "source_data_dir: $data_dir"
    echo "source_media_dir: $media_dir"
    echo "database_file: $db_file"
    echo "schema_version: $schema_version"
    echo "publications: $publications"
    echo "media_archive: media.tar"
    echo "media_files: $media_files"
    echo "mail_archive: $mail_archive"
} >"$work/MANIFEST"
(cd "$work" && sha256sum -- * >SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS)

# 4. Publish it under its final name only when complete.
if [ "$tarball" -eq 1 ]; then
    mv "$work" "$final_dir"
    trap 'rm -rf "$final_dir"' EXIT
    tar -C "$(dirname "$final_dir")" -cf "$out.partial" "$(basename "$final_dir")"
    mv "$out.partial" "$out"
    rm -rf "$final_dir"
else
    mv "$work" "$final_dir"
fi
trap - EXIT
echo "backup: $backend database (schema $schema_version, $publications publications)" \
     "and $media_files media files → $out"
