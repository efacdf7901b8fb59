#!/usr/bin/env bash
# Installs what Twinning needs beyond Swift, on Debian, only where it is missing:
# the Graphviz C library and headers (libgraphviz-dev), the SQLite and zlib headers
# (libsqlite3-dev, zlib1g-dev), a font with Chinese glyphs, Chromium (the report test opens
# the HTML report headless), and networkx and igraph (pinned) for the interop tests.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
# The SQLite C library and headers, for GRDB (the .sqlite format).
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# zlib's headers, for gzip-compressed inputs and outputs (Sources/CZlib).
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
# A font with Chinese glyphs, so that names such as 哈尔滨 draw in PNG and PDF diagrams.
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)

if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The interop tests (Tests/GraphTests/Fixtures/interop/roundtrip.py) and the networkx fixtures
# were made with the versions pinned in scripts/requirements.txt (the tests read the pins too,
# Tests/TestSupport/Python.swift, and skip under another version); install each where it is
# missing or at another version.
pip_install() {
    # A Debian system Python refuses pip (PEP 668) unless told; pyenv and venvs do not.
    python3 -m pip install --quiet "$1" 2>/dev/null \
        || python3 -m pip install --quiet --user --break-system-packages "$1"
}
for pin in $(grep -v '^#' "$(dirname "$0")/requirements.txt"); do
    module=${pin%%==*} version=${pin##*==}
    found=$(python3 -c "import $module; print($module.__version__)" 2>/dev/null || true)
    if [ "$found" != "$version" ]; then
        echo "setup: installing $pin${found:+ (found $found)}" >&2
        pip_install "$pin"
    fi
done
