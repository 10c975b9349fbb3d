#!/usr/bin/env bash
# One fuzz target as a test: runs for SECONDS from the seed corpus; any crash, sanitizer or leak report, broken
# invariant or input slower than 10 s makes it exit non-zero, and the input is written to ARTIFACT_DIR.
#   run_fuzz.sh BINARY SEED_DIR ARTIFACT_DIR SECONDS
# The seed corpus is only read: the inputs found on the way go to a temporary directory, removed after.
set -euo pipefail
bin="${1:?usage: run_fuzz.sh BINARY SEED_DIR ARTIFACT_DIR SECONDS}"
seeds="${2:?seed corpus}"
artifacts="${3:?artifact directory}"
seconds="${4:?seconds}"
work=$(mktemp -d "${TMPDIR:-/tmp}/ejob-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"
"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
  -artifact_prefix="$artifacts/$(basename "$bin")-" "$work" "$seeds"
