#!/usr/bin/env bash
# Installs the Debian 12 packages ejob needs. Idempotent: installs only what is missing.
# Usage: scripts/install-deps.sh [build|test|bench]   (each level includes the previous one)
set -euo pipefail
level="${1:-build}"

build_pkgs=(build-essential cmake pkg-config gettext ca-certificates
  libmicrohttpd-dev libsqlite3-dev libsodium-dev libboost-locale-dev
  nlohmann-json3-dev libcli11-dev libtoml11-dev libspdlog-dev libfmt-dev zlib1g-dev libzstd-dev libssl-dev libqrencode-dev libvips-dev libpq-dev sqlite3 postgresql-client
  libpango1.0-dev libcairo2-dev fonts-noto-core fonts-dejavu-core)
test_pkgs=(libgtest-dev libgmock-dev chromium nodejs npm curl postgresql python3 default-jre-headless poppler-utils
  clang libclang-rt-14-dev llvm)
bench_pkgs=(wrk nginx libbenchmark-dev procps)

want=("${build_pkgs[@]}")
case "$level" in
  build) ;;
  test) want+=("${test_pkgs[@]}") ;;
  bench) want+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "usage: $0 [build|test|bench]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  # nodejs/npm may come from another repository (e.g. nodesource ships npm inside nodejs)
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if [ "$p" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
