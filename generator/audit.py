"""``portal audit SITE_DIR``: a second line of defence over any built static site.

Scans every text file for personal data (the same gate as the build) and every
page and stylesheet for requests to hosts other than the site's own.  Useful on
this portal's output and on an office's legacy pages alike.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlparse

from .gate import Scanner
from .i18n import LANGS
from .personal_data import Detector
from .problems import ERROR, Problem, Report

TEXT_SUFFIXES = {".html", ".htm", ".xml", ".json", ".csv", ".txt", ".md"}
_TAG = re.compile(r"<[^>]+>")
_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1>", re.S | re.I)
# Elements whose URL the browser fetches by itself.
_FETCHED = re.compile(r"<(?:script|img|iframe|source|video|audio|embed|track)\b[^>]*?\s(?:src|poster)=[\"']([^\"']+)"
                      r"|<link\b(?=[^>]*\srel=[\"'](?:stylesheet|icon|shortcut icon|preload|modulepreload|prefetch|"
                      r"manifest|apple-touch-icon|preconnect|dns-prefetch)[\"'])[^>]*\shref=[\"']([^\"']+)"
                      r"|<object\b[^>]*\sdata=[\"']([^\"']+)", re.I)
_CSS_URL = re.compile(r"(?:url\(\s*[\"']?|@import\s+[\"'])((?:https?:)?//[^\"')\s]+)", re.I)


def _external(url: str, own_hosts: set[str]) -> bool:
    url = html.unescape(url.strip())
    if not url.startswith(("http:", "https:", "//")):
        return False
    return urlparse(url if not url.startswith("//") else "https:" + url).hostname not in own_hosts


def audit(site_dir: Path, public_contacts: list[str] = (), own_hosts: set[str] = frozenset(),
          public_names: frozenset[str] = frozenset(), names_are_errors: bool = False) -> Report:
    report = Report()
    scanner = Scanner(Detector(public_contacts, public_names), report, names_are_errors)
    site_dir = Path(site_dir)
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file():
            continue
        file = path.relative_to(site_dir.parent).as_posix()
        suffix = path.suffix.lower()
        if suffix not in TEXT_SUFFIXES and suffix != ".css":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            for groups in _FETCHED.findall(line) if suffix in (".html", ".htm") else []:
                url = next(g for g in groups if g)
                if _external(url, own_hosts):
                    report.add(Problem(ERROR, "third_party_request", file, number, value=url, is_line=True))
            for url in _CSS_URL.findall(line) if suffix in (".css", ".html", ".htm") else []:
                if _external(url, own_hosts):
                    report.add(Problem(ERROR, "third_party_request", file, number, value=url, is_line=True))
        if suffix == ".css":
            continue
        if suffix in (".html", ".htm"):
            text = _SCRIPT_STYLE.sub(lambda m: "\n" * m[0].count("\n"), text)
            text = _TAG.sub(" | ", text)   # a cell boundary no pattern may cross
        for number, line in enumerate(text.splitlines(), 1):
            if suffix in (".html", ".htm", ".xml"):
                line = re.sub(r"\s+", " ", html.unescape(line))
                line = re.sub(r"(?:\s*\|\s*)+", " | ", line).strip(" |")
            if line.strip():
                scanner.check(line, file, number, None, is_line=True)
    return report


def cmd_audit(args) -> int:
    from . import i18n
    from .config import load_config

    config = load_config(args.config)
    lang = args.lang or config.lang
    hosts = {urlparse(config.base_url).hostname} | set(args.allow_host or [])
    report = audit(args.site, config.own_contacts, hosts, _public_names(args.data),
                   config.unmasked_names == "error")
    for heading, problems in (("heading_errors", report.errors), ("heading_warnings", report.warnings)):
        if problems:
            print(i18n.message(heading, lang))
            for p in problems:
                print(f"  {p.format(lang)}")
    print(i18n.message("audit_failed" if report.errors else "audit_ok", lang, errors=len(report.errors),
                       warnings=len(report.warnings)))
    return 1 if report.errors else 0


def _public_names(data_dir: Path) -> frozenset[str]:
    """The names an office confirmed for publication, when its data folder is at hand."""
    from .load import public_names_records
    from .validate import check_public_names

    if not Path(data_dir).is_dir():
        return frozenset()
    return check_public_names(public_names_records(Path(data_dir), Report()), Report())


def add_audit_command(sub) -> None:
    p = sub.add_parser("audit", help="检查已生成的网站 / scan a built site for personal data and third-party requests")
    p.add_argument("site", type=Path, help="网站文件夹 / site folder")
    p.add_argument("--allow-host", action="append", help="允许请求的其他主机 / another host the pages may load from")
    p.add_argument("--config", type=Path, default=Path("portal.yml"))
    p.add_argument("--data", type=Path, default=Path("data"),
                   help="数据文件夹，读取其中可公开的姓名 / data folder, for the names confirmed for publication")
    p.add_argument("--lang", choices=LANGS, default=None)
    p.set_defaults(func=cmd_audit)
