#!/usr/bin/env bash
# Installs the Debian 12 packages FactorDesk builds and tests with, when they are missing.
# Uses sudo when not run as root. Every -dev package is named, never left to a "Recommends":
# libqt6opengl6-dev is only recommended by qt6-base-dev, yet Qt6Charts cannot be found without
# it. libxlsxwriter-dev writes the XLSX exports (its pkg-config file links -lz, so zlib1g-dev);
# unzip lets the tests read an exported workbook; sqlite3, bc and time serve `make bench`.
# libxml2-dev checks bank files against their ISO 20022 schemas. libsqlite3-dev: the headers of
# the SQLite Qt's driver uses, for the bulk writes of large schedules and bank files.
# --fuzz adds what `make fuzz` needs: clang, and libclang-rt-dev, which holds libFuzzer and the
# sanitizer runtimes (clang only recommends it). `make test` never pulls them.
set -euo pipefail
packages=(
    build-essential cmake pkgconf ccache
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libsodium-dev libxlsxwriter-dev zlib1g-dev libxml2-dev libsqlite3-dev
    postgresql sqlite3
    xvfb xauth poppler-utils bc unzip time
)
if [ "${1:-}" = --fuzz ]; then
    packages+=(clang libclang-rt-dev)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The postgresql package would start a system-wide server; the tests start their own.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
