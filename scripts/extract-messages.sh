#!/usr/bin/env bash
# Writes the message template (all translatable strings of the code) to $1 (default po/ejob.pot).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-po/ejob.pot}"
files=$(find src app -name '*.cpp' -o -name '*.hpp' | sort)
# tr(...) / ctx.tr(...) and helpers that take msgids; N_() marks msgids stored in data tables.
xgettext --language=C++ --from-code=UTF-8 --no-location --sort-output --omit-header \
  --keyword=tr --keyword=Fmt --keyword=N:1,2 --keyword=Ctx:1c,2 --keyword=N_ \
  --keyword=Add:2 --keyword=Of:2 --keyword=FieldError:2 \
  -o "$out" $files
