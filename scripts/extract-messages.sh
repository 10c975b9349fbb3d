#!/usr/bin/env bash
# Writes the message template (all translatable strings of the code) to $1 (default po/ejob.pot).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-po/ejob.pot}"
files=$(find src app -name '*.cpp' -o -name '*.hpp' | sort)
# tr("…") / ctx.tr("…"), tr.Fmt("…", arg), tr.N("one", "many", n), tr.Ctx("context", "…"), and N_("…") for msgids
# that are stored first and translated later (validation messages, catalog names, labels, notices; see
# src/domain/common/msgid.hpp). The header is kept: without it xgettext writes ASCII and mangles "…", "→", "ə".
xgettext --language=C++ --from-code=UTF-8 --no-location --sort-output \
  --keyword=tr --keyword=Fmt --keyword=N:1,2 --keyword=Ctx:1c,2 --keyword=N_ \
  -o "$out" $files
