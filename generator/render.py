"""Rendering the disclosed records into page bodies.

Bodies are HTML fragments made by Jinja2 with autoescaping on: record text is
always shown as text, never interpreted as Markdown or HTML.  The site shell
(shell.py) wraps them in the theme.  Links are relative (``root``), so the site
works under any sub-path.

What each page is, and what it is given, is planned in pages.py; this module only
renders a plan's specs.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from markupsafe import escape
from jinja2 import ChoiceLoader, Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape

import site_templates

from . import contract, i18n, pages, search
from .config import Config
from .derive import Deadline
from .disclose import Disclosure, Removal
from .model import Case
from .pages import PageSpec
from .publicinfo import PublicInfo
from .stats import RATES, Statistics, figure_label

PACKAGED_TEMPLATES = Path(site_templates.__file__).parent


@dataclass
class Page:
    url: str            # directory URL relative to the site root: "", "cases/QX-1/"
    title: str
    body: str
    stub: bool = False  # built by the site shell itself (in its navigation); else wrapped by us
    head: str = ""      # extra <head> markup
    noindex: bool = False

    @property
    def root(self) -> str:
        return "../" * self.url.count("/")


# What portal-search.js takes for a record's number (its RECORD).
_RECORD_NUMBER = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)+")
_ANY_DIGIT = str.maketrans("0123456789", "9999999999")
MAX_SHAPES = 16         # shapes of record numbers listed per prefix on the search page (render.record_numbers)


def environment(project_templates: Path | None = None, compiled: Path | None = None) -> Environment:
    """``compiled``: a folder to keep the templates compiled in between builds (Jinja2 checks
    each against its source), which spares compiling them in each build and each page worker."""
    loaders = [FileSystemLoader(str(project_templates))] if project_templates and project_templates.is_dir() else []
    loaders.append(FileSystemLoader(str(PACKAGED_TEMPLATES)))
    env = Environment(loader=ChoiceLoader(loaders), autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    if compiled is not None:
        compiled.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(compiled))
    return env


class Renderer:
    """The context every template is given (helpers, labels, the disclosed records), and the
    rendering of a page spec into a Page."""

    def __init__(self, disclosure: Disclosure, deadlines: dict[str, Deadline], stats: Statistics, config: Config,
                 env: Environment, feeds: list | None = None):
        self.disclosure, self.deadlines, self.stats, self.config, self.env = disclosure, deadlines, stats, config, env
        self.public_info = PublicInfo.of_config(config)
        self.feeds_by_path = {f.path: f for f in feeds or []}
        self.lang = config.lang
        self.templates = {}
        self._field_labels: dict[str, dict[str, str]] = {}     # by kind: labels_of()
        #: Every label's text in the site's language, for a template to look up (``label["colon"]``)
        #: where it shows a label without values: a call of ``t()`` costs a template several
        #: times as much, and a case page shows some twenty labels.
        self.label = {key: i18n.label(key, self.lang) for key in i18n.LABELS}

    def render(self, spec: PageSpec) -> Page:
        if spec.template not in self.templates:
            self.templates[spec.template] = self.env.get_template(spec.template)
        body = self.templates[spec.template].render(
            r=self, t=self.t, label=self.label, root="../" * spec.url.count("/"), lang=self.lang, as_of=self.disclosure.as_of, title=spec.title,
            **spec.context)
        return Page(spec.url, spec.title, body, stub=spec.stub, noindex=spec.noindex,
                    head=self.feed_links(spec.url, spec.feeds, atom=spec.stub) + spec.head)

    # --- helpers offered to templates -------------------------------------
    def t(self, key: str, **params) -> str:
        return i18n.label(key, self.lang, **params)

    def field_label(self, kind: str, name: str) -> str:
        return self.labels_of(kind)[name]

    def figure_label(self, key: str) -> str:
        return figure_label(key, self.lang)

    def pct(self, rate: float | None) -> str:
        return "—" if rate is None else f"{rate * 100:.1f}%"

    def money(self, amount: Decimal | None) -> str:
        return "—" if amount is None else f"{amount:,.2f}"

    def figure(self, figures, key: str) -> str:
        value = getattr(figures, key)
        if key in RATES:
            return self.pct(value)
        if key == "refunds":
            return self.money(value)
        if key == "median_workdays":
            return "—" if value is None else f"{value:g}"
        return f"{value:,}"

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return "—"
        return f"{day.year}年{day.month}月{day.day}日" if self.lang == "zh" else day.isoformat()

    def unit_name(self, code: str) -> str:
        return self.disclosure.unit_names[code]

    category_url = staticmethod(pages.category_url)

    def labels_of(self, kind: str) -> dict[str, str]:
        """Field labels of a kind, looked up once (a macro call per field is slow at 100,000 pages)."""
        if kind not in self._field_labels:
            self._field_labels[kind] = {f.name: (f.zh if self.lang == "zh" else f.en)
                                        for f in contract.KINDS[kind].fields}
        return self._field_labels[kind]

    def record_numbers(self) -> tuple[dict[str, dict[str, bool]], dict[str, list[str]]]:
        """How a number names a record (portal-search.js opens its page): by the letters before
        its first hyphen ("QX"), in capitals, which kind of record's folder holds it and whether
        that kind's numbers are all in capitals (so "qx-2026-000123" finds QX-2026-000123 too).
        Only the folder that may hold a number is asked for its page; a word that only looks
        like a number ("COVID-19") asks for none.  Withdrawn records count: their pages say so.

        Second, each prefix's shapes: the lengths of the parts after it ("4-6" for
        QX-2026-000123).  A number typed in part ("QX-2026", "QX-2026-00012") has no page, and
        asking for one would be a "not found" in the reader's console: it is left to Pagefind.
        A prefix with more than :data:`MAX_SHAPES` shapes has none listed (every number asks)."""
        out: dict[str, dict[str, bool]] = {}
        shapes: dict[str, set[str]] = {}
        withdrawn = lambda kind: [r.id for r in self.disclosure.removals if r.kind == kind]  # noqa: E731
        for kind, numbers in (("cases", [k.case_id for k in self.disclosure.cases] + withdrawn("cases")),
                              ("notices", [n.id for n in self.disclosure.notices] + withdrawn("notices"))):
            joined = "\n".join(numbers)
            capitals = joined == joined.upper()
            # Only numbers the script takes for one: an office's numbers without letters and a
            # hyphen ("2026000123", valid too) would each be a "prefix" of their own.  Numbers
            # are told apart by their form, every digit a 9 (most share a few forms).
            for form in set(joined.translate(_ANY_DIGIT).split("\n")):
                if _RECORD_NUMBER.fullmatch(form):
                    prefix, _, rest = form.partition("-")
                    out.setdefault(prefix.upper(), {})[kind] = capitals
                    shapes.setdefault(prefix.upper(), set()).add("-".join(str(len(part)) for part in rest.split("-")))
        return out, {prefix: sorted(found) for prefix, found in shapes.items() if len(found) <= MAX_SHAPES}

    def search_result(self, record) -> search.Result:
        """What a search result shows of a case, notice or withdrawn record (its page carries
        it: portal-search.js)."""
        if isinstance(record, Case):
            return search.case_result(record, self.unit_name(record.unit_code))
        if isinstance(record, Removal):
            return search.removal_result(record, self.lang)
        return search.notice_result(record, self.disclosure.unit_names)

    def feed_links(self, url: str, extra: tuple[str, ...] = (), atom: bool = True) -> str:
        """Autodiscovery: the site feed, the feed of the section the page is in, and any others named.
        A record's page (``atom`` false: it is written 100,000 times) names the RSS versions of its
        own section's and unit's feeds only; the pages of the navigation name the site's feed and
        the Atom versions too, and the subscribe page lists every feed."""
        sections = [p for p in ("cases/", "notices/") if url.startswith(p)]
        paths = ([""] if atom or not sections else []) + sections
        for section in ("units/", "cases/category/"):      # a unit's or a category's own feed
            if url.startswith(section):
                paths.append("/".join(url.split("/")[:section.count("/") + 1]) + "/")
        paths += [p for p in extra if p not in paths]
        root = "../" * url.count("/")
        links = []
        for path in paths:
            feed = self.feeds_by_path.get(path)
            if feed is None:
                continue
            title = escape(feed.title)
            links.append(f'<link rel="alternate" type="application/rss+xml" title="{title}" href="{root}{feed.rss}">')
            if atom:
                links.append(f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{root}{feed.atom}">')
        return "".join(links)

    def search_head(self, url: str) -> str:
        """The search page starts Pagefind from the top of its <head>, before the theme's
        stylesheets: an inline script runs as soon as it is parsed, where a script file waited
        behind the stylesheets and the theme, so the first results come sooner."""
        root = "../" * url.count("/")
        indexes = ",".join(search.index_names(self.disclosure))
        first = search.first_answer(self.disclosure, self.config.search_first_answer)
        script, _, _ = self.env.loader.get_source(self.env, "portal-search.js")
        if "</script" in script.lower():
            raise ValueError("portal-search.js must not contain '</script'")
        records, shapes = (escape(json.dumps(value, ensure_ascii=False, sort_keys=True))
                           for value in self.record_numbers())
        return (f'<link rel="modulepreload" href="{root}pagefind/main/pagefind.js">'
                f'<script data-root="{root}" data-indexes="{indexes}" data-first="{first}" data-records="{records}" '
                f'data-shapes="{shapes}">'
                f'{script}</script>')
