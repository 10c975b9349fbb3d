#!/usr/bin/env bash
# Fails when a user-facing string in the code has no translation in po/az.po, po/ru.po or po/en.po,
# or when a catalog does not compile. Strings are found by xgettext (scripts/extract-messages.sh): tr("…"),
# tr.Fmt("…"), tr.N("…", "…"), tr.Ctx("ctx", "…") and N_("…") for msgids stored first and translated later.
# az and ru must translate everything (fuzzy entries and empty plural forms count as untranslated);
# en may leave msgstr empty (the English msgid is shown). Every translation keeps the msgid's "{}" placeholders.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/extract-messages.sh "$tmp/ejob.pot"
status=0
for lang in az ru en; do
  po="po/$lang.po"
  if ! msgfmt --check -o /dev/null "$po" 2>"$tmp/$lang.fmt"; then
    echo "$po does not compile:"; grep -v "header field" "$tmp/$lang.fmt" || true
    status=1
  fi
  # Every msgid of the template must be present in the catalog (fuzzy entries are reported too).
  if ! msgcmp --use-untranslated "$po" "$tmp/ejob.pot" 2>"$tmp/$lang.err"; then
    echo "$po is missing messages:"; grep -c "this message is used but not defined" "$tmp/$lang.err" || true
    grep -A1 -e "this message is used but not defined" -e "needs to be reviewed" "$tmp/$lang.err" | head -40
    status=1
  fi
  msgcat --no-wrap "$po" >"$tmp/$lang.flat.po"
  if [ "$lang" != en ]; then
    # msgattrib prints the header entry too when it prints anything, hence "- 1".
    untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid "' || true)
    if [ "$untranslated" -gt 1 ]; then
      echo "$po has $((untranslated - 1)) untranslated messages:"
      msgattrib --untranslated --no-obsolete --no-wrap "$po" | grep '^msgid' | grep -v '^msgid ""$' | head -20
      status=1
    fi
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid "' || true)
    if [ "$fuzzy" -gt 1 ]; then
      echo "$po has $((fuzzy - 1)) fuzzy messages (not used until reviewed):"
      msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | grep '^msgid' | grep -v '^msgid ""$' | head -20
      status=1
    fi
    # msgattrib --untranslated looks at msgstr[0] only; an empty later plural form is also untranslated.
    if grep -q '^msgstr\[[1-9]\] ""$' "$tmp/$lang.flat.po"; then
      echo "$po has plural messages with an empty form:"
      grep -B4 '^msgstr\[[1-9]\] ""$' "$tmp/$lang.flat.po" | grep '^msgid ' | sort -u | head -20
      status=1
    fi
  fi
  # "{}" placeholders: each non-empty translation has as many as its msgid.
  if ! awk -v po="$po" '
    function count(s,   n) { n = 0; while ((i = index(s, "{}")) > 0) { n++; s = substr(s, i + 2) } return n }
    /^#/ { next }
    /^msgid "/ { id = substr($0, 7); next }
    /^msgstr(\[[0-9]+\])? "/ {
      str = $0; sub(/^msgstr(\[[0-9]+\])? /, "", str)
      if (id != "\"\"" && str != "\"\"" && count(str) != count(id)) { print po ": " $0 "  (msgid " id ")"; bad = 1 }
    }
    END { exit bad }' "$tmp/$lang.flat.po"; then
    echo "$po: the translations above do not keep the {} placeholders of their msgid"
    status=1
  fi
done
total=$(msgcat --no-wrap "$tmp/ejob.pot" | grep -c '^msgid "' || true)
[ $status -eq 0 ] && echo "translations complete: $((total - 1)) messages in az, ru, en"
exit $status
