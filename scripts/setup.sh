#!/usr/bin/env bash
# Installs what Twinning needs beyond Swift, on Debian, only where it is missing:
# the Graphviz and SQLite C libraries and headers (libgraphviz-dev, libsqlite3-dev), a font with
# Chinese glyphs, Chromium (the report test opens the HTML report headless), and networkx for the
# interop tests.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
# The SQLite C library and headers, for GRDB (the .sqlite format).
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# A font with Chinese glyphs, so that names such as 哈尔滨 draw in PNG and PDF diagrams.
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)

if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import networkx' >/dev/null 2>&1; then
    echo "setup: installing networkx" >&2
    python3 -m pip install --quiet networkx
fi
