"""The site shell: MkDocs + Material give the pages their header, navigation,
theme and hand-written pages; the portal supplies the bodies.

This is the only module that knows about MkDocs.  MkDocs builds the
hand-written pages (content/), a stub for each page in the navigation, and one
"shell" page whose relative links are rebased so that it can wrap any record
page at any depth.  Record pages (one per case, unit, notice...) are thus
written by the portal at template speed instead of one MkDocs page each,
which keeps them out of the navigation and the build linear.
Swapping the shell (e.g. for Zensical) means replacing this module only.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

from markupsafe import escape

from . import i18n
from .config import Config
from .publish import files_under, fingerprint
from .render import PACKAGED_TEMPLATES as SHIPPED, Page
from .sitefolder import OWN_TEMPLATES
from .store import code_digest, installed_digest, keep_only

MARKER = "<!--portal-body-->"
TITLE = "@@PORTAL-TITLE@@"
ROOT = "@@PORTAL-ROOT@@"
HEAD = "@@PORTAL-HEAD@@"
CANONICAL = "@@PORTAL-CANONICAL@@"
SHELL_URL = "_portal_shell/page/"
_SLOTS = re.compile("(" + "|".join(map(re.escape, (TITLE, MARKER, ROOT, HEAD, CANONICAL))) + ")")
SEARCH_URL = "search/"

# Navigation: (label key, page); hand-written pages listed in mkdocs.yml follow.
NAV = [("home", "index.md"), ("cases_short", "cases/index.md"), ("units", "units/index.md"),
       ("commitments", "commitments/index.md"), ("notices", "notices/index.md"), ("stats", "stats/index.md"),
       ("opendata", "opendata/index.md"), ("subscribe", "subscribe/index.md")]

_RELATIVE = re.compile(r'((?:href|src|action)=")(?!#|/|[a-zA-Z][a-zA-Z0-9+.-]*:)([^"]*)"')
_CANONICAL = re.compile(r'<link rel="canonical" href="[^"]*">')


def _rebase(html: str, depth: int) -> str:
    """Relative links of a page at ``depth`` rewritten as ROOT + path from the site root."""
    up = "../" * depth

    def fix(m: re.Match) -> str:
        path = m[2]
        if path.startswith(up):
            return f'{m[1]}{ROOT}{path[len(up):]}"'
        if path == up.rstrip("/"):
            return f'{m[1]}{ROOT}"'
        return m[0]
    html = _RELATIVE.sub(fix, html)
    # Material's JSON config carries the base and the search worker's path.
    base = up.rstrip("/")
    return (html.replace(f'"base": "{base}"', f'"base": "{ROOT}."').replace(f'"{up}assets/', f'"{ROOT}assets/')
            .replace(f'new URL("{base}",location)', f'new URL("{ROOT}.",location)'))


class MkDocsShell:
    def __init__(self, project_dir: Path, config: Config, compiled: Path | None = None, kept: Path | None = None):
        """``compiled``: a folder to keep the theme's templates compiled in between builds
        (Jinja2 checks each against its source; MkDocs compiled Material's on every build).
        ``kept``: a folder to keep MkDocs' output in, under a key of what it is made of (:meth:`_output_key`):
        the stubs' bodies are laid in afterwards, so a daily rebuild, whose stubs change only in
        their bodies, does not run MkDocs."""
        self.project_dir = Path(project_dir)
        self.config = config
        self.compiled = compiled
        self.kept = kept
        self.template = ""

    def _nav(self, extra_nav) -> list:
        nav = [{i18n.label(key, self.config.lang): path} for key, path in NAV]
        content = self.project_dir / "content"
        if not extra_nav and content.is_dir():      # the shipped configuration: every hand-written page
            own = {path for _, path in NAV}
            extra_nav = sorted(rel for rel in (p.relative_to(content).as_posix() for p in content.rglob("*.md"))
                               if rel not in own)
        return nav + list(extra_nav or [])

    def _config_file(self, folder: Path) -> Path:
        """The site folder's own mkdocs.yml, or the shipped one with the site's theme files
        (templates/overrides/) laid over the shipped ones in ``folder``."""
        own = self.project_dir / "mkdocs.yml"
        if own.is_file():
            return own
        import yaml
        shipped = yaml.safe_load((SHIPPED / "mkdocs.yml").read_text(encoding="utf-8"))
        overrides = SHIPPED / "overrides"
        site_overrides = self.project_dir / OWN_TEMPLATES / "overrides"
        if site_overrides.is_dir() and site_overrides.resolve() != overrides.resolve():
            merged = folder / "overrides"
            shutil.copytree(overrides, merged)
            shutil.copytree(site_overrides, merged, dirs_exist_ok=True)
            overrides = merged
        shipped["theme"]["custom_dir"] = str(overrides)
        config_file = folder / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(shipped, allow_unicode=True), encoding="utf-8")
        return config_file

    def build(self, writer, stubs: list[Page]) -> None:
        """Run MkDocs with the hand-written pages and the stubs; hand its files to ``writer``."""
        with tempfile.TemporaryDirectory(prefix="portal-shell-") as tmp:
            site_dir = Path(tmp) / "site"
            self._build(site_dir, stubs)
            for own in ("sitemap.xml", "sitemap.xml.gz"):   # the portal writes the full sitemap itself
                (site_dir / own).unlink(missing_ok=True)
            writer.write_tree(site_dir)

    def _build(self, site_dir: Path, stubs: list[Page]) -> None:
        key = self._output_key(stubs)
        kept = self.kept / key if key and self.kept is not None else None
        if not (kept is not None and _copied(kept, site_dir)):
            self._run_mkdocs(site_dir, stubs)
            if kept is not None:
                _keep_output(site_dir, kept)
        _patch_alternate_lookup(site_dir)

        shell_file = site_dir / SHELL_URL / "index.html"
        html = shell_file.read_text(encoding="utf-8")
        shutil.rmtree(site_dir / SHELL_URL.split("/")[0])
        html = _rebase(compact(_without_script_placeholders(html)), SHELL_URL.count("/"))
        html = _CANONICAL.sub(f'<link rel="canonical" href="{self.config.base_url}{CANONICAL}">', html)
        self.template = _with_head(html, HEAD)
        if self.template.count(MARKER) != 1 or self.template.count(HEAD) != 1:
            raise RuntimeError("the theme's page layout changed: review the shell page markers in shell.py")
        # The template cut at its slots once: a page is then one join (100,000 pages, 25 KB each).
        self._pieces = [(n % 2 == 1, text) for n, text in enumerate(_SLOTS.split(self.template))]
        bodies = {(site_dir / page.url / "index.html").resolve(): page for page in stubs}
        for target in site_dir.rglob("*.html"):
            text = compact(target.read_text(encoding="utf-8"))
            page = bodies.get(target.resolve())
            if page is not None:
                text = _with_head(text.replace(MARKER, page.body, 1), _head(page))
            target.write_text(with_csp(text, wasm=page is not None and page.url == SEARCH_URL), encoding="utf-8")

    def _run_mkdocs(self, site_dir: Path, stubs: list[Page]) -> None:
        from mkdocs.commands.build import build
        from mkdocs.config import config_options, load_config

        # MkDocs (1.6) keeps each hook script it has loaded for the life of the process: `portal
        # serve` rebuilds in its process, and must run a hook as it is now.
        forget_hooks = getattr(getattr(config_options.Hooks, "_load_hook", None), "cache_clear", None)
        if forget_hooks is not None:
            forget_hooks()

        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
        logging.getLogger("mkdocs").setLevel(logging.WARNING)
        with tempfile.TemporaryDirectory(prefix="portal-docs-") as tmp:
            docs = Path(tmp) / "docs"
            content = self.project_dir / "content"
            if content.is_dir():
                shutil.copytree(content, docs)
            else:
                docs.mkdir()
            for page in stubs + [Page(SHELL_URL, TITLE, "")]:
                path = docs / page.url / "index.md"
                path.parent.mkdir(parents=True, exist_ok=True)
                # The title goes in front matter as a JSON string (valid YAML): no Markdown is parsed from it.
                # The record pages' shell loads no script of the theme (overrides/main.html); nor does
                # the search page, whose reader waits for Pagefind's files, not for the theme's.
                shell = "record_shell: true\n" if page.url in (SHELL_URL, SEARCH_URL) else ""
                path.write_text(f"---\ntitle: {json.dumps(page.title, ensure_ascii=False)}\n{shell}---\n\n{MARKER}\n",
                                encoding="utf-8")
            cfg = load_config(config_file=str(self._config_file(Path(tmp))), docs_dir=str(docs),
                              site_dir=str(site_dir), site_name=self.config.site_name, site_url=self.config.base_url)
            cfg["theme"]["language"] = self.config.lang
            cfg["extra"]["site_info"] = site_info(self.config)
            info = self.config.site_info
            if info.get("badge_image"):
                cfg["extra"]["site_badge"] = {"image": info["badge_image"], "link": info.get("badge_link", ""),
                                              "label": i18n.label("site_badge", self.config.lang)}
            if info.get("error_report"):
                cfg["extra"]["site_error_report"] = {"link": info["error_report"],
                                                     "label": i18n.label("site_error_report", self.config.lang)}
            cfg["strict"] = True      # a broken link in a hand-written page fails the build
            cfg["nav"] = self._nav(cfg["nav"])
            if self.compiled is not None:
                self._keep_compiled(cfg["theme"])
            build(cfg)

    def _output_key(self, stubs: list[Page]) -> str | None:
        """What MkDocs' output is made of with the shipped configuration: the code and the installed
        packages, the shipped templates and the site's own overrides, the hand-written pages, the
        settings and the stubs' addresses and titles (MkDocs is given a marker for each body); the
        build's date only where an own override names it.  None with the site's own mkdocs.yml,
        whose plugins and hooks may read anything: MkDocs then runs on every build."""
        if (self.project_dir / "mkdocs.yml").is_file():
            return None
        overrides = files_under(self.project_dir / OWN_TEMPLATES / "overrides")
        dated = any(b"build_date" in data for _, data in overrides)
        return fingerprint(code_digest(), installed_digest(), files_under(SHIPPED), overrides,
                           files_under(self.project_dir / "content"), repr(self.config),
                           [(page.url, page.title) for page in stubs],
                           os.environ.get("SOURCE_DATE_EPOCH", "") if dated else "")

    def _keep_compiled(self, theme) -> None:
        from jinja2 import FileSystemBytecodeCache

        self.compiled.mkdir(parents=True, exist_ok=True)
        make_env = theme.get_env

        def get_env():
            env = make_env()
            env.bytecode_cache = FileSystemBytecodeCache(str(self.compiled))
            return env
        theme.get_env = get_env

    def wrap(self, page: Page) -> str:
        fill = {TITLE: str(escape(page.title)), MARKER: page.body, ROOT: page.root, HEAD: _head(page),
                CANONICAL: page.url}
        return with_csp("".join([fill[text] if slot else text for slot, text in self._pieces]))


def _copied(kept: Path, site_dir: Path) -> bool:
    """Whether MkDocs' output kept in ``kept`` was copied to ``site_dir``: not when there is none,
    or it lacks the shell page, or cannot be read whole (``site_dir`` is then left empty)."""
    if not (kept / SHELL_URL / "index.html").is_file():
        return False
    try:
        shutil.copytree(kept, site_dir)
    except OSError:
        shutil.rmtree(site_dir, ignore_errors=True)
        return False
    return True


def _keep_output(site_dir: Path, kept: Path) -> None:
    """MkDocs' output copied into ``kept`` (whole or not at all), the only output kept there."""
    building = kept.with_name(f".{kept.name}.{os.getpid()}.building")
    shutil.rmtree(building, ignore_errors=True)
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(site_dir, building)
    keep_only(building, kept)


def site_info(config: Config) -> list[list[tuple[str, str, str]]]:
    """The footer's lines of what a government website must show, as (label, text, link); only
    what portal.yml sets.  The registers are linked, never loaded: no request leaves the site."""
    info, lang = config.site_info, config.lang

    def item(key: str, label: str | None, link: str = "") -> list[tuple[str, str, str]]:
        value = info.get(key)
        return [(i18n.label(label, lang) if label else "", value, link)] if value else []

    police_digits = re.sub(r"\D", "", info.get("police_record", ""))
    lines = [item("sponsor", "site_sponsor") + item("organizer", "site_organizer"),
             item("address", "site_address") + item("phone", "site_phone"),
             item("site_code", "site_code") + item("icp", None, "https://beian.miit.gov.cn/")
             + item("police_record", None, f"https://beian.mps.gov.cn/#/query/webSearch?code={police_digits}")]
    return [line for line in lines if line]


# Elements Material's base.html writes for its script to fill; a record page loads no script
# of the theme (overrides/main.html), so they stay empty.
# Nor a use for the theme's name and version.
_SCRIPT_PLACEHOLDERS = re.compile(
    r'<input class="md-toggle" data-md-toggle="search"[^>]*>|<meta name="generator"[^>]*>'
    r'|<div data-md-component="(?:skip|announce)">\s*</div>'
    r'|<div class="md-dialog" data-md-component="dialog">\s*<div class="md-dialog__inner md-typeset"></div>\s*</div>')
# A flat navigation is the tabs (main.html): there is no drawer to open.
_DRAWER_TOGGLE = re.compile(r'<input class="md-toggle" data-md-toggle="drawer"[^>]*>\s*<label class="md-overlay" for="__drawer"></label>')


def _without_script_placeholders(html: str) -> str:
    """The record pages' shell without what only the theme's script reads (its placeholders and
    the names of its components and sidebars; its stylesheets select on none of them)."""
    html, count = _SCRIPT_PLACEHOLDERS.subn("", html)
    if count != 5:
        raise RuntimeError("the theme's page layout changed: review _SCRIPT_PLACEHOLDERS in shell.py")
    if 'class="md-nav md-nav--primary' not in html:
        html = _DRAWER_TOGGLE.sub("", html)
    return re.sub(r' data-md-(?:component="[^"]*"|type="(?:navigation|toc)")', "", html)


# Whitespace the theme's templates indent with: a run of it holding a line break is one line
# break, or nothing beside a block's tag (where no whitespace is ever shown).  Text inside
# <pre>, <textarea>, <script> and <style> is kept as it is.
_KEPT_OR_BREAK = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)|\s*\n\s*", re.S | re.I)
_BLOCK = ("html|head|body|meta|link|title|script|style|div|nav|ul|ol|li|header|footer|main|article|section|"
          "aside|p|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|form|noscript|dl|dt|dd|figure|hr|br")
_BLOCK_TAG_BEFORE = re.compile(rf"</?(?:{_BLOCK})\b[^<>]*>$", re.I)
_BLOCK_TAG_AFTER = re.compile(rf"</?(?:{_BLOCK})\b|<!", re.I)


def compact(html: str) -> str:
    """``html`` without the indentation of its templates; it shows exactly as before."""
    def replace(m: re.Match) -> str:
        if m[1]:
            return m[1]
        before, after = html[max(0, m.start() - 300):m.start()], html[m.end():m.end() + 12]
        if not before or not after or _BLOCK_TAG_BEFORE.search(before) or _BLOCK_TAG_AFTER.match(after):
            return ""
        return "\n"
    return _KEPT_OR_BREAK.sub(replace, html)


# Material fetches sitemap.xml beside every <link rel="alternate">, meant for
# language versions; beside a feed link that is a 404 on every page load
# (zensical/zensical#908 reports the same code).  Narrow it to language links.
_ALTERNATE_LOOKUP = 'M("link[rel=alternate]")'


def _patch_alternate_lookup(site_dir: Path) -> None:
    for bundle in (site_dir / "assets" / "javascripts").glob("bundle.*.min.js"):
        text = bundle.read_text(encoding="utf-8")
        if _ALTERNATE_LOOKUP not in text:
            raise RuntimeError(f"{bundle.name}: the theme changed; review _patch_alternate_lookup in shell.py")
        bundle.write_text(text.replace(_ALTERNATE_LOOKUP, 'M("link[rel=alternate][hreflang]")'), encoding="utf-8")


# Inline scripts: any <script> without a src, with or without attributes.
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)(?:\s[^>]*)?>(.*?)</script>", re.S)
# Scripts, styles, fonts, connections and workers fall back to default-src; base-uri and
# form-action do not, so they are named.  A page with inline scripts names them in script-src.
CSP = "default-src 'self';{scripts} img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"


def with_csp(html: str, wasm: bool = False) -> str:
    """A Content-Security-Policy allowing only this site's own files and the page's own inline scripts.

    The theme's inline scripts differ with the page's depth (they carry the
    relative root), so each page gets the hashes of exactly its scripts.
    """
    hashes = "".join(f" 'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
                      for body in _INLINE_SCRIPT.findall(html))
    if wasm:   # the search page runs Pagefind's WebAssembly; no other page may compile code
        hashes += " 'wasm-unsafe-eval'"
    scripts = f" script-src 'self'{hashes};" if hashes else ""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP.format(scripts=scripts)}">'
    return html.replace("<head>", "<head>" + meta, 1)


_CHARSET = '<meta charset="utf-8">'


def _with_head(html: str, extra: str) -> str:
    """``extra`` at the top of <head>, right after the charset: a page's own scripts start
    before the theme's stylesheets are fetched (an inline script after them waits for them)."""
    if _CHARSET not in html:
        raise RuntimeError("the theme's page layout changed: review _with_head in shell.py")
    return html.replace(_CHARSET, _CHARSET + extra, 1)


def _head(page: Page) -> str:
    extra = page.head
    if page.noindex:
        extra += '<meta name="robots" content="noindex">'
    return extra
