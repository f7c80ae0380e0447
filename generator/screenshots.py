"""``portal screenshots``: every page kind at a desktop and a phone width, for review.

Drives Debian's chromium with Playwright (the test extra); serves the built
site on localhost while it works.
"""
from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

from . import i18n

WIDTHS = {"desktop": 1280, "phone": 375}
CHROMIUM = "/usr/bin/chromium"


def page_kinds(site: Path) -> dict[str, str]:
    """A sample URL of each page kind found in the built site."""
    def first(folder: str, skip=("page", "year", "category")) -> str | None:
        names = sorted(p.name for p in (site / folder).iterdir() if p.is_dir() and p.name not in skip) \
            if (site / folder).is_dir() else []
        return f"{folder}/{names[0]}/" if names else None
    category = first("cases/category", skip=())
    kinds = {"home": "", "case": first("cases"), "unit": first("units"), "stats": "stats/",
             "commitments": "commitments/", "notice": first("notices"), "subscribe": "subscribe/",
             "search": "search/?q=投诉", "browse": "search/", "opendata": "opendata/", "cases": "cases/",
             "category": category if category and (site / category / "index.html").is_file() else None}
    log = site / "withdrawn" / "index.html"
    if log.is_file():
        m = re.search(r'href="\.\./(cases/[^"]+/)"', log.read_text(encoding="utf-8"))
        if m:
            kinds["withdrawn"] = m[1]
    return {k: v for k, v in kinds.items() if v is not None}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def take(site: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
            for width_name, width in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": 900})
                for kind, url in page_kinds(site).items():
                    page.goto(base + url)
                    if url.startswith("search/"):
                        page.wait_for_timeout(1500)
                    target = out / f"{kind}-{width_name}.png"
                    page.screenshot(path=str(target), full_page=True)
                    written.append(target)
                page.close()
            browser.close()
    finally:
        server.shutdown()
    return written


def cmd_screenshots(args) -> int:
    written = take(args.site, args.out)
    print(i18n.both("screenshots_written", count=len(written), out=args.out))
    return 0


def add_screenshots_command(sub) -> None:
    p = sub.add_parser("screenshots", help="各类页面截图（桌面与手机宽度）/ screenshots of every page kind")
    p.add_argument("--site", type=Path, default=Path("site"), help="已生成的网站 / built site (default: site)")
    p.add_argument("--out", type=Path, default=Path("screenshots"), help="输出文件夹 / output folder")
    p.set_defaults(func=cmd_screenshots)
