#!/usr/bin/env bash
# Fails when a user-facing string in the code has no translation in po/az.po, po/ru.po or po/en.po,
# or when a catalog does not compile. Strings are found by xgettext: tr("…"), tr.Fmt("…"), tr.N("…", "…"),
# tr.Ctx("ctx", "…") and message ids in domain code (marked with a comment "msgid" or in known fields).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/extract-messages.sh "$tmp/ejob.pot"
status=0
for lang in az ru en; do
  msgfmt --check -o /dev/null "po/$lang.po"
  # Every msgid of the template must be present in the catalog.
  if ! msgcmp --use-untranslated "po/$lang.po" "$tmp/ejob.pot" 2>"$tmp/$lang.err"; then
    echo "po/$lang.po is missing messages:"; grep -c "this message is used but not defined" "$tmp/$lang.err" || true
    grep -A1 "this message is used but not defined" "$tmp/$lang.err" | head -40
    status=1
  fi
  # az and ru must translate everything (en may keep the English msgid).
  if [ "$lang" != en ]; then
    untranslated=$(msgattrib --untranslated --no-obsolete "po/$lang.po" | grep -c '^msgid "' || true)
    if [ "$untranslated" -gt 1 ]; then
      echo "po/$lang.po has $((untranslated - 1)) untranslated messages:"
      msgattrib --untranslated --no-obsolete "po/$lang.po" | grep '^msgid' | head -20
      status=1
    fi
  fi
done
[ $status -eq 0 ] && echo "translations complete: $(grep -c '^msgid "' "$tmp/ejob.pot") messages in az, ru, en"
exit $status
