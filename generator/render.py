"""Rendering the disclosed records into page bodies.

Bodies are HTML fragments made by Jinja2 with autoescaping on: record text is
always shown as text, never interpreted as Markdown or HTML.  The site shell
(shell.py) wraps them in the theme.  Links are relative (``root``), so the site
works under any sub-path.

Why one module of ~500 lines: the Renderer is the context every template is given
(helpers, labels, pagination, the page plan and the workers' shares of it); splitting it
is the next step of the architecture work (docs/architecture.md), not done yet.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from markupsafe import escape
from jinja2 import ChoiceLoader, Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape

import site_templates

from .publicinfo import PublicInfo

from . import charts, contract, i18n, opendata, search
from .config import Config
from .derive import Deadline
from .disclose import Disclosure, Removal
from .model import Case, category_slug
from .publish import fingerprint
from .stats import FIGURES, RATES, Statistics

PACKAGED_TEMPLATES = Path(site_templates.__file__).parent


@dataclass
class Page:
    url: str            # directory URL relative to the site root: "", "cases/QX-1/"
    title: str
    body: str
    stub: bool = False  # built by the site shell itself (in its navigation); else wrapped by us
    head: str = ""      # extra <head> markup
    noindex: bool = False
    inputs: str | None = None   # fingerprint of what the page is made from, when known

    @property
    def root(self) -> str:
        return "../" * self.url.count("/")


# What portal-search.js takes for a record's number (its RECORD).
_RECORD_NUMBER = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)+")


@dataclass
class Kept:
    """A page whose inputs did not change: the published file is kept, not rendered again."""
    url: str
    inputs: str


@dataclass
class KeptMonth:
    """The pages of a month's cases, all made from what they were made from before (``inputs``,
    recorded under ``key``): kept as the last build left them, without a look at each.  With
    ``pages`` empty, the month's pages were each looked at (and yielded) before this: its
    inputs are recorded for the next build."""
    key: str
    inputs: str
    pages: list[str]


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


def pager(n: int, total: int, link) -> list[tuple[int, str, str]]:
    """What page ``n`` of ``total`` shows in its pager: (number, url, "current" | "link" | "latest" | "gap").

    Pages are numbered from the oldest (1); the newest is the list's own address and
    is shown as "latest", not by its number.  Shown: the oldest three, two either side
    of this one, and the latest; a gap mark where pages are left out.  A page four or
    more below the latest thus shows the same pager however many pages follow it, so it
    stays the same file as cases arrive.  Only these, not every page: 5,000 list pages
    each listing all 5,000 would be quadratic.

    Newest first, as the list is: "newer" is on the left and the latest leftmost."""
    entries, before = [], 0
    for i in sorted({1, 2, 3, *range(n - 2, n + 3), total}):
        if not 1 <= i <= total:
            continue
        if i - before > 1:
            entries.append((before + 1, link(before + 1), "gap"))
        kind = "current" if i == n else "latest" if i == total else "link"
        entries.append((i, link(i), kind))
        before = i
    return entries[::-1]


def _grouped(records, attribute: str) -> dict[str, list]:
    """Records by the value of one of their attributes, each group in the records' order."""
    groups: dict[str, list] = {}
    for record in records:
        groups.setdefault(getattr(record, attribute), []).append(record)
    return groups


class Renderer:
    def __init__(self, disclosure: Disclosure, deadlines: dict[str, Deadline], stats: Statistics, config: Config,
                 env: Environment, feeds: list | None = None, *, case_digests: dict[str, str]):
        """``case_digests``: :func:`derive.case_digests` of the disclosed cases."""
        self.d, self.deadlines, self.stats, self.config, self.env = disclosure, deadlines, stats, config, env
        self.public_info = PublicInfo.of_config(config)
        self.feeds = feeds or []
        self.feeds_by_path = {f.path: f for f in self.feeds}
        self.lang = config.lang
        self.units = {u.code: u for u in disclosure.units}
        self.notices_by_case: dict[str, list] = {}
        for notice in disclosure.notices:
            for case_id in notice.related_cases:
                self.notices_by_case.setdefault(case_id, []).append(notice)
        self.public_case_ids = {k.case_id for k in disclosure.cases}
        self.templates = {}
        self._years_cache: list[int] | None = None
        self._categories_cache: list[tuple[str, list]] | None = None
        self._share: tuple[int, int] | None = None
        self._counter = 0
        self.case_digests = case_digests
        #: set by the build: (path, fingerprint) -> whether the published page may be kept as it is
        self.can_keep = lambda path, inputs: False
        #: set by the build: (key, fingerprint, paths) -> whether these pages, made together from
        #: what the key's fingerprint says, may be kept as the last build left them
        self.can_keep_all = lambda key, inputs, paths: False
        #: fingerprint of everything every page depends on (templates, shell, labels, settings)
        self.environment_fingerprint = ""
        self._labels: dict[str, dict[str, str]] = {}

    # --- helpers offered to templates -------------------------------------
    def t(self, key: str, **params) -> str:
        return i18n.label(key, self.lang, **params)

    def field_label(self, kind: str, name: str) -> str:
        return self.labels_of(kind)[name]

    def figure_label(self, key: str) -> str:
        zh, en, _, _ = FIGURES[key]
        return zh if self.lang == "zh" else en

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
        return self.units[code].name

    def record_numbers(self) -> dict[str, dict[str, bool]]:
        """How a number names a record (portal-search.js opens its page): by the letters before
        its first hyphen ("QX"), in capitals, which kind of record's folder holds it and whether
        that kind's numbers are all in capitals (so "qx-2026-000123" finds QX-2026-000123 too).
        Only the folder that may hold a number is asked for its page; a word that only looks
        like a number ("COVID-19") asks for none.  Withdrawn records count: their pages say so."""
        out: dict[str, dict[str, bool]] = {}
        withdrawn = lambda kind: [r.id for r in self.d.removals if r.kind == kind]  # noqa: E731
        for kind, numbers in (("cases", [k.case_id for k in self.d.cases] + withdrawn("cases")),
                              ("notices", [n.id for n in self.d.notices] + withdrawn("notices"))):
            capitals = all(number == number.upper() for number in numbers)
            # Only numbers the script takes for one: an office's numbers without letters and a
            # hyphen ("2026000123", valid too) would each be a "prefix" of their own.
            for prefix in {number.split("-", 1)[0].upper() for number in numbers if _RECORD_NUMBER.fullmatch(number)}:
                out.setdefault(prefix, {})[kind] = capitals
        return out

    def search_result(self, record) -> search.Result:
        """What a search result shows of a case, notice or withdrawn record (its page carries
        it: portal-search.js)."""
        if isinstance(record, Case):
            return search.case_result(record, self.unit_name(record.unit))
        if isinstance(record, Removal):
            return search.removal_result(record, self.lang)
        return search.notice_result(record, self.d.unit_names)

    def _render(self, template: str, page_url: str, **context) -> str:
        if template not in self.templates:
            self.templates[template] = self.env.get_template(template)
        return self.templates[template].render(
            r=self, t=self.t, root="../" * page_url.count("/"), lang=self.lang, as_of=self.d.as_of, **context)

    def _mine(self) -> bool:
        """Parallel builds: each worker renders every n-th page and skips the others."""
        if self._share is None:
            return True
        index, (k, n) = self._counter, self._share
        self._counter += 1
        return index % n == k

    def page(self, template: str, url: str, title: str, stub: bool = False, feeds: tuple[str, ...] = (),
             head: str = "", _claimed: bool = False, **context) -> Page | None:
        if not _claimed and not self._mine():
            return None
        return Page(url, title, self._render(template, url, title=title, **context), stub=stub,
                    head=self.feed_links(url, feeds, atom=stub) + head)

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
        indexes = ",".join(search.index_names(self.d))
        first = search.first_answer(self.d, self.config.search_first_answer)
        script, _, _ = self.env.loader.get_source(self.env, "portal-search.js")
        if "</script" in script.lower():
            raise ValueError("portal-search.js must not contain '</script'")
        records = escape(json.dumps(self.record_numbers(), ensure_ascii=False, sort_keys=True))
        return (f'<link rel="modulepreload" href="{root}pagefind/main/pagefind.js">'
                f'<script data-root="{root}" data-indexes="{indexes}" data-first="{first}" data-records="{records}">'
                f'{script}</script>')

    # --- pages ---------------------------------------------------------------
    def case_rows(self, cases) -> list[tuple]:
        return [(case, self.deadlines[case.case_id]) for case in cases]

    def paginated(self, cases, base: str, title: str, intro: str = "", first_only: bool = False,
                  skip_first: bool = False):
        """List pages of ``cases`` (newest first), numbered from the oldest: ``base/page/1/`` holds
        the oldest cases, and a page keeps its number and its cases as new ones arrive (a
        journalist's link stays right; a daily rebuild rewrites a few list pages, not all).
        ``base`` is the newest page, with one to two pages' worth of cases."""
        size = self.config.page_size
        total = max(1, len(cases) // size)
        link = lambda i: base if i == total else f"{base}page/{i}/"  # noqa: E731
        numbers = [total] if first_only else range(total - 1 if skip_first else total, 0, -1)
        # Every list of cases leads to the others: by year and by category.
        years = self._years() if base.startswith("cases/") else []
        categories = [(self.category_url(category), category) for category, _ in self._categories()] if years else []
        for n in numbers:
            if not first_only and not self._mine():
                yield None
                continue
            rows = cases[0 if n == total else len(cases) - n * size:len(cases) - (n - 1) * size]
            url = link(n)
            page_title = title if n == total else f"{title}{self.t('lparen')}{self.t('page_n', n=n)}{self.t('rparen')}"
            entries = pager(n, total, link)
            prev_url, next_url = link(n + 1) if n < total else "", link(n - 1) if n > 1 else ""
            inputs = None
            if not first_only:
                # What the pager shows: not the latest page's number, which grows every day.
                shown = [(None if kind == "latest" else i, u, kind) for i, u, kind in entries]
                inputs = fingerprint(self.environment_fingerprint, url, page_title, intro, years, categories,
                                     shown, total > 1,
                                     n == total, prev_url, next_url, [self.row_digest(case) for case in rows])
                if self.can_keep(f"{url}index.html", inputs):
                    yield Kept(url, inputs)
                    continue
            page = self.page("case_list.html", url, page_title, stub=first_only, _claimed=True,
                             rows=self.case_rows(rows), total=total, pager_entries=entries, prev_url=prev_url,
                             next_url=next_url, intro=intro, years=years, categories=categories, base=base)
            page.inputs = inputs
            yield page

    def row_digest(self, case) -> str:
        """What a case's row in a list and its page are made from (the case and its deadline)."""
        return self.case_digests[case.case_id]

    def _years(self) -> list[int]:
        if self._years_cache is None:
            self._years_cache = sorted({k.received_date.year for k in self.d.cases}, reverse=True)
        return self._years_cache

    @staticmethod
    def category_url(category: str) -> str:
        """The list of a category's cases (its feeds are in the same folder)."""
        return f"cases/category/{category_slug(category)}/"

    def _categories(self) -> list[tuple[str, list]]:
        """(category, its cases newest first): the suggested categories in the contract's
        order, then any others by name, so the order does not change with the counts."""
        if self._categories_cache is None:
            by_category = _grouped(self.d.cases, "category")
            order = {c: n for n, c in enumerate(contract.CATEGORIES_SUGGESTED)}
            self._categories_cache = [(c, by_category[c])
                                      for c in sorted(by_category, key=lambda c: (order.get(c, len(order)), c))]
        return self._categories_cache

    def labels_of(self, kind: str) -> dict[str, str]:
        """Field labels of a kind, looked up once (a macro call per field is slow at 100,000 pages)."""
        if kind not in self._labels:
            self._labels[kind] = {f.name: (f.zh if self.lang == "zh" else f.en) for f in contract.KINDS[kind].fields}
        return self._labels[kind]

    def _by_unit(self) -> dict[str, list]:
        return _grouped(self.d.cases, "unit")

    def stub_pages(self) -> list[Page]:
        """The pages in the site shell's navigation and the other summary pages (a handful)."""
        d, t = self.d, self.t
        latest_closed = sorted((k for k in d.cases if k.closed_date and k.status == "已办结"),
                               key=lambda k: (k.closed_date, k.case_id), reverse=True)[:self.config.latest_items]
        pages = [self.page("home.html", "", t("home"), stub=True,
                           latest=self.case_rows(latest_closed), notices=d.notices[:self.config.latest_items],
                           figures=self.stats.overall)]
        pages += self.paginated(d.cases, "cases/", t("cases"), intro=t("newest_first"), first_only=True)
        performance = self.performance_by_item()
        pages.append(self.page("units.html", "units/", t("units"), stub=True, by_unit=self._by_unit()))
        pages.append(self.page("commitments.html", "commitments/", t("commitments"), stub=True,
                               items=sorted(d.commitments, key=lambda i: (i.unit, i.item_code)),
                               performance=performance))
        pages.append(self.page("notices.html", "notices/", t("notices"), stub=True, notices=d.notices))
        pages += self.stats_pages()
        pages.append(self.page("subscribe.html", "subscribe/", t("subscribe"), stub=True, feeds_list=self.feeds))
        labels = {key: t(key) for key in ("search_results", "search_none", "search_more", "search_older",
                                                "search_filters")}
        labels.update({f"facet_{f}": t(f"facet_{f}") for f in ("kind", "unit", "category", "year", "status", "finding")})
        labels["unit_kind"] = t("units")
        labels["category_title"] = t("category_cases", category="{category}")
        labels["category_list"] = t("category_list")
        labels["search_browse"], labels["colon"] = t("search_browse"), t("colon")
        # A query naming a unit shows its page first, one naming a category its list (portal-search.js):
        # every unit's names and every category, a few KB.
        units = [{"name": u.name, "url": f"units/{u.code}/", "aliases": list(u.aliases), "kind": u.kind}
                 for u in d.units]
        categories = [{"name": category, "url": self.category_url(category), "count": len(cases)}
                      for category, cases in self._categories()]
        # Without a query the search page offers browsing by status (a facet alone) and by category (its list).
        by_status = Counter(k.status for k in d.cases)
        statuses = [{"name": status, "count": by_status[status]} for status in contract.STATUSES if by_status[status]]
        pages.append(self.page("search.html", "search/", t("search"), stub=True, labels=labels, units=units,
                               categories=categories, statuses=statuses,
                               head=self.search_head("search/")))
        pages.append(self.page("dictionary.html", "opendata/dictionary/", t("dictionary"), stub=True,
                               kinds=contract.KINDS.values()))
        pages.append(self.page("withdrawn_log.html", "withdrawn/", t("withdrawn_log"), stub=True,
                               removals=d.removals))
        since = d.as_of - dt.timedelta(days=self.config.changes_days)
        by_date: dict = {}
        for change in d.changes(since):
            by_date.setdefault(change.date, []).append(change)
        pages.append(self.page("changes.html", "changes/", t("changes"), stub=True, by_date=by_date,
                               days=self.config.changes_days))
        return pages

    def record_count(self) -> int:
        """How many pages record_pages() yields, for progress reports."""
        size = self.config.page_size
        lists = lambda n: max(1, n // size)  # noqa: E731
        by_unit = self._by_unit()
        years = [sum(1 for k in self.d.cases if k.received_date.year == y) for y in self._years()]
        return (len(self.d.cases) + lists(len(self.d.cases)) - 1 + sum(lists(n) for n in years)
                + sum(lists(len(cases)) for _, cases in self._categories())
                + len(self.d.units) + sum(lists(len(by_unit.get(u.code, []))) for u in self.d.units)
                + len(self.d.notices) + len(self.d.removals))

    def record_pages(self, share: tuple[int, int] | None = None):
        """Every other page, one at a time: at 100,000 cases they are not all held in memory.

        With ``share=(k, n)`` only every n-th page from the k-th is rendered; the others are None.
        """
        self._share, self._counter = share, 0
        try:
            yield from self._record_pages()
        finally:
            self._share = None

    def _record_pages(self):
        d, t = self.d, self.t
        yield from self.paginated(d.cases, "cases/", t("cases"), intro=t("newest_first"), skip_first=True)
        for year in self._years():
            year_cases = [k for k in d.cases if k.received_date.year == year]
            yield from self.paginated(year_cases, f"cases/year/{year}/", t("year_cases", year=year))
        for category, cases in self._categories():
            yield from self.paginated(cases, self.category_url(category), t("category_cases", category=category))
        # The cases' own pages, a month of cases at a time: a month whose cases' pages are all
        # made from what they were made from before is kept whole, without a fingerprint and a
        # look at each page (100,000 cases: 100,000 of each per rebuild, of which a day's new
        # cases change one month's).
        months: dict[str, list] = {}
        for case in d.cases:
            months.setdefault(case.received_date.strftime("%Y-%m"), []).append(case)
        for month, cases in months.items():
            if not self._mine():
                yield from (None for _ in cases)       # another worker's: one each, as counted
                continue
            made_of = [self._case_page_made_of(case) for case in cases]
            key, inputs = f"cases/.months/{month}", fingerprint(self.environment_fingerprint, made_of)
            pages = [f"cases/{case.case_id}/index.html" for case in cases]
            if self.can_keep_all(key, inputs, pages):
                yield KeptMonth(key, inputs, pages)
                continue
            for case, made in zip(cases, made_of):
                yield self._case_page(case, made)
            yield KeptMonth(key, inputs, [])
        by_unit = self._by_unit()
        commitments_by_unit = _grouped(d.commitments, "unit")
        performance = self.performance_by_item()
        for unit in d.units:
            cases = by_unit.get(unit.code, [])
            yield self.page(
                "unit.html", f"units/{unit.code}/", unit.name, unit=unit, figures=self.stats.by_unit[unit.code],
                rows=self.case_rows(cases[:20]), n_cases=len(cases), commitments=commitments_by_unit.get(unit.code, []),
                performance=performance, notices=[n for n in d.notices if unit.code in n.units])
            yield from self.paginated(cases, f"units/{unit.code}/cases/", t("unit_cases", unit=unit.name),
                                      intro=t("newest_first"))
        for notice in d.notices:
            yield self.page("notice.html", f"notices/{notice.id}/", notice.title, notice=notice,
                            public_cases=self.public_case_ids)
        for removal in d.removals:
            page = self.page("withdrawn.html", f"{removal.kind}/{removal.id}/", t("withdrawn_title"),
                             removal=removal)
            if page is not None:
                page.noindex = True
            yield page

    def _case_page_made_of(self, case) -> tuple:
        """What a case's page is made of, besides what every page is (environment_fingerprint)."""
        unit_feed = self.feeds_by_path.get(f"units/{case.unit}/")
        return (self.row_digest(case), [(n.id, n.title, n.date) for n in self.notices_by_case.get(case.case_id, [])],
                case.duplicate_of in self.public_case_ids, unit_feed and unit_feed.title)

    def _case_page(self, case, made_of: tuple):
        url = f"cases/{case.case_id}/"
        inputs = fingerprint(self.environment_fingerprint, *made_of)
        if self.can_keep(f"{url}index.html", inputs):
            return Kept(url, inputs)
        _, _, duplicate_public, _ = made_of
        page = self.page("case.html", url, self.t("case_title", id=case.case_id), _claimed=True,
                         case=case, dl=self.deadlines[case.case_id], notices=self.notices_by_case.get(case.case_id, []),
                         duplicate_public=duplicate_public, feeds=(f"units/{case.unit}/",))
        page.inputs = inputs
        return page

    def performance_by_item(self) -> dict[str, list]:
        out: dict[str, list] = {}
        for row in sorted(self.d.performance, key=lambda p: p.period, reverse=True):
            out.setdefault(row.item_code, []).append(row)
        return out

    def stats_pages(self) -> list[Page]:
        s, t = self.stats, self.t
        monthly_chart = charts.monthly_bars(t("monthly"), s.monthly, (self.figure_label("received"),
                                                                      self.figure_label("closed")))
        category_chart = charts.hbar(t("by_category"), s.by_category)
        channel_chart = charts.hbar(t("by_channel"), s.by_channel)
        finding_chart = charts.hbar(t("by_finding"), s.by_finding)
        refunds = sorted(((self.unit_name(code), f.refunds) for code, f in s.by_unit.items() if f.refunds),
                         key=lambda kv: (-kv[1], kv[0]))
        refund_chart = charts.hbar(t("refunds_by_unit"), [(n, float(v)) for n, v in refunds],
                                   value_format=lambda v: f"{v:,.0f}")
        left_out = i18n.join_options([self.unit_name(c) for c in s.left_out], self.lang)
        return [
            self.page("stats.html", "stats/", t("stats"), stub=True, s=s, monthly_chart=monthly_chart,
                      category_chart=category_chart, channel_chart=channel_chart, finding_chart=finding_chart,
                      refund_chart=refund_chart, refunds=refunds, left_out=left_out),
            self.page("methodology.html", "stats/methodology/", t("methodology"), stub=True,
                      figures=FIGURES, rules=self.config.deadlines),
        ]

    def opendata_page(self) -> Page:
        return self.page("opendata.html", "opendata/", self.t("opendata"), stub=True,
                         files=[(kind, contract.KINDS[kind], n) for kind, n in opendata.row_counts(self.d).items()])
