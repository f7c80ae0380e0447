"""The page plan: every page of the site as a plain spec — its address, its template, what the
template is given and what its fingerprint is made of — before any is rendered.

The build (site.py) renders the specs (render.py), keeps the published file of a spec whose
fingerprint did not change (publish.py) and gives the page workers slices of the list.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Callable

from . import charts, contract, i18n, opendata
from .config import Config
from .derive import Deadline
from .disclose import Disclosure
from .model import category_slug
from .stats import FIGURES, Statistics, figure_label


@dataclass
class PageSpec:
    """One page to write."""
    url: str                    # directory URL relative to the site root: "", "cases/QX-1/"
    template: str               # in site_templates/ (or the site folder's templates/)
    title: str
    context: dict = field(default_factory=dict)     # what the template is given, besides what every page is
    # What the page is made of besides what every page is (templates, labels, settings): its
    # published file is kept while these are the same.  None: written on every build.
    made_of: tuple | None = None
    stub: bool = False          # in the site shell's navigation: built by MkDocs with this body
    feeds: tuple[str, ...] = ()     # feeds named in its <head> besides its section's
    head: str = ""              # extra <head> markup
    noindex: bool = False


@dataclass
class MonthOfCases:
    """The pages of a month's cases: kept whole, without a look at each page, while what they
    are all made of is the same (a day's new cases change one month's of 100,000 cases).
    Their specs are made only for a month that is written: on a daily rebuild, one or two."""
    key: str                    # where the writer records the month's fingerprint
    urls: list[str]             # of its pages
    made_of: list[tuple]        # each page's (url, made_of): the month's fingerprint is made of these
    specs: Callable[[], list[PageSpec]]     # its pages' specs

    def files(self) -> list[str]:
        return [f"{url}index.html" for url in self.urls]


class CaseRows(Sequence):
    """The rows of a table of cases: (case, its deadline), made as the page is rendered.  A daily
    rebuild plans every list page and renders a few: the pairs of the others were never read."""

    def __init__(self, cases: list, deadlines: dict[str, Deadline]):
        self.cases, self.deadlines = cases, deadlines

    def __len__(self) -> int:
        return len(self.cases)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [(case, self.deadlines[case.case_id]) for case in self.cases[i]]
        case = self.cases[i]
        return case, self.deadlines[case.case_id]

    def __iter__(self):
        return ((case, self.deadlines[case.case_id]) for case in self.cases)


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


def grouped(records, attribute: str) -> dict[str, list]:
    """Records by the value of one of their attributes, each group in the records' order."""
    groups: dict[str, list] = {}
    for record in records:
        groups.setdefault(getattr(record, attribute), []).append(record)
    return groups


def category_url(category: str) -> str:
    """The list of a category's cases (its feeds are in the same folder)."""
    return f"cases/category/{category_slug(category)}/"


class PagePlanner:
    """The specs of every page, from the disclosed records and what is derived from them."""

    def __init__(self, disclosure: Disclosure, deadlines: dict[str, Deadline], stats: Statistics, config: Config,
                 feeds: list, case_digests: dict[str, str], row_digests: dict[str, str]):
        """``case_digests``: :func:`derive.case_digests` of the disclosed cases (what a case's page
        is made of); ``row_digests``: what a case's row in a list is made of (:func:`derive.row_digests`)."""
        self.disclosure, self.deadlines, self.stats, self.config = disclosure, deadlines, stats, config
        self.feeds = feeds
        self.case_digests, self.row_digests = case_digests, row_digests
        self.feed_titles = {f.path: f.title for f in feeds}
        self.public_case_ids = {k.case_id for k in disclosure.cases}
        self.notices_by_case: dict[str, list] = {}
        for notice in disclosure.notices:
            for case_id in notice.related_cases:
                self.notices_by_case.setdefault(case_id, []).append(notice)
        self.years = sorted({k.received_date.year for k in disclosure.cases}, reverse=True)
        self.categories = self._categories()
        self.by_unit = grouped(disclosure.cases, "unit_code")
        self.performance = self._performance_by_item()

    def t(self, key: str, **params) -> str:
        return i18n.label(key, self.config.lang, **params)

    def case_rows(self, cases) -> "CaseRows":
        return CaseRows(cases, self.deadlines)

    def _categories(self) -> list[tuple[str, list]]:
        """(category, its cases newest first): the suggested categories in the contract's
        order, then any others by name, so the order does not change with the counts."""
        by_category = grouped(self.disclosure.cases, "category")
        order = {c: n for n, c in enumerate(contract.CATEGORIES_SUGGESTED)}
        return [(c, by_category[c]) for c in sorted(by_category, key=lambda c: (order.get(c, len(order)), c))]

    def _performance_by_item(self) -> dict[str, list]:
        out: dict[str, list] = {}
        for row in sorted(self.disclosure.performance, key=lambda p: p.period, reverse=True):
            out.setdefault(row.item_code, []).append(row)
        return out

    # --- lists of cases ------------------------------------------------------
    def paginated(self, cases, base: str, title: str, intro: str = "", first_only: bool = False,
                  skip_first: bool = False) -> list[PageSpec]:
        """List pages of ``cases`` (newest first), numbered from the oldest: ``base/page/1/`` holds
        the oldest cases, and a page keeps its number and its cases as new ones arrive (a
        journalist's link stays right; a daily rebuild rewrites a few list pages, not all).
        ``base`` is the newest page, with one to two pages' worth of cases."""
        size = self.config.page_size
        total = max(1, len(cases) // size)
        link = lambda i: base if i == total else f"{base}page/{i}/"  # noqa: E731
        numbers = [total] if first_only else range(total - 1 if skip_first else total, 0, -1)
        # Every list of cases leads to the others: by year and by category.
        years = self.years if base.startswith("cases/") else []
        categories = [(category_url(category), category) for category, _ in self.categories] if years else []
        specs = []
        for n in numbers:
            rows = cases[0 if n == total else len(cases) - n * size:len(cases) - (n - 1) * size]
            url = link(n)
            page_title = title if n == total else f"{title}{self.t('lparen')}{self.t('page_n', n=n)}{self.t('rparen')}"
            entries = pager(n, total, link)
            prev_url, next_url = link(n + 1) if n < total else "", link(n - 1) if n > 1 else ""
            # What the pager shows: not the latest page's number, which grows every day.
            shown = [(None if kind == "latest" else i, u, kind) for i, u, kind in entries]
            made_of = None if first_only else (intro, years, categories, shown, total > 1, n == total, prev_url,
                                                next_url, [self.row_digests[case.case_id] for case in rows])
            specs.append(PageSpec(url, "case_list.html", page_title, dict(
                rows=self.case_rows(rows), total=total, pager_entries=entries, prev_url=prev_url, next_url=next_url,
                intro=intro, years=years, categories=categories, base=base), made_of=made_of, stub=first_only))
        return specs

    # --- the pages of the navigation and the other summaries ----------------
    def stubs(self, search_head: str) -> list[PageSpec]:
        """The pages in the site shell's navigation and the other summary pages (a handful)."""
        disclosure, t = self.disclosure, self.t
        latest_closed = sorted((k for k in disclosure.cases if k.closed_date and k.status == contract.STATUS_CLOSED),
                               key=lambda k: (k.closed_date, k.case_id), reverse=True)[:self.config.latest_items]

        def stub(template: str, url: str, title: str, **context) -> PageSpec:
            return PageSpec(url, template, title, context, stub=True)

        pages = [stub("home.html", "", t("home"), latest=self.case_rows(latest_closed),
                      notices=disclosure.notices[:self.config.latest_items], figures=self.stats.overall)]
        pages += self.paginated(disclosure.cases, "cases/", t("cases"), intro=t("newest_first"), first_only=True)
        pages.append(stub("units.html", "units/", t("units"), by_unit=self.by_unit))
        pages.append(stub("commitments.html", "commitments/", t("commitments"),
                          items=sorted(disclosure.commitments, key=lambda i: (i.unit_code, i.item_code)),
                          performance=self.performance))
        pages.append(stub("notices.html", "notices/", t("notices"), notices=disclosure.notices))
        pages += self.stats_pages()
        pages.append(stub("subscribe.html", "subscribe/", t("subscribe"), feeds_list=self.feeds))
        search_page = stub("search.html", "search/", t("search"), **self.search_page_data())
        search_page.head = search_head
        pages.append(search_page)
        pages.append(stub("dictionary.html", "opendata/dictionary/", t("dictionary"), kinds=contract.KINDS.values()))
        pages.append(stub("withdrawn_log.html", "withdrawn/", t("withdrawn_log"), removals=disclosure.removals))
        since = disclosure.as_of - dt.timedelta(days=self.config.changes_days)
        by_date: dict = {}
        for change in disclosure.changes(since):
            by_date.setdefault(change.date, []).append(change)
        pages.append(stub("changes.html", "changes/", t("changes"), by_date=by_date, days=self.config.changes_days))
        pages.append(stub("opendata.html", "opendata/", t("opendata"),
                          files=[(kind, contract.KINDS[kind], n) for kind, n in opendata.row_counts(disclosure).items()]))
        return pages

    def search_page_data(self) -> dict:
        """What the search page gives portal-search.js: its labels, and the names a query may be."""
        t = self.t
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
                 for u in self.disclosure.units]
        categories = [{"name": category, "url": category_url(category), "count": len(cases)}
                      for category, cases in self.categories]
        # Without a query the search page offers browsing by status (a facet alone) and by category (its list).
        by_status = Counter(k.status for k in self.disclosure.cases)
        statuses = [{"name": status, "count": by_status[status]} for status in contract.STATUSES if by_status[status]]
        return dict(labels=labels, units=units, categories=categories, statuses=statuses)

    def stats_pages(self) -> list[PageSpec]:
        s, t = self.stats, self.t
        lang, unit_name = self.config.lang, self.disclosure.unit_names
        monthly_chart = charts.monthly_bars(t("monthly"), s.monthly,
                                            (figure_label("received", lang), figure_label("closed", lang)))
        refunds = sorted(((unit_name[code], f.refunds) for code, f in s.by_unit.items() if f.refunds),
                         key=lambda kv: (-kv[1], kv[0]))
        return [
            PageSpec("stats/", "stats.html", t("stats"), dict(
                s=s, monthly_chart=monthly_chart, category_chart=charts.hbar(t("by_category"), s.by_category),
                channel_chart=charts.hbar(t("by_channel"), s.by_channel),
                finding_chart=charts.hbar(t("by_finding"), s.by_finding),
                refund_chart=charts.hbar(t("refunds_by_unit"), [(n, float(v)) for n, v in refunds],
                                         value_format=lambda v: f"{v:,.0f}"),
                refunds=refunds, left_out=i18n.join_options([unit_name[c] for c in s.left_out], self.config.lang)),
                stub=True),
            PageSpec("stats/methodology/", "methodology.html", t("methodology"),
                     dict(figures=FIGURES, rules=self.config.deadlines), stub=True),
        ]

    # --- one page per record, and the lists that are not in the navigation ----
    def records(self) -> list[PageSpec | MonthOfCases]:
        """Every other page, in the order written: the page workers take slices of this list."""
        disclosure, t = self.disclosure, self.t
        plan: list[PageSpec | MonthOfCases] = []
        plan += self.paginated(disclosure.cases, "cases/", t("cases"), intro=t("newest_first"), skip_first=True)
        for year in self.years:
            year_cases = [k for k in disclosure.cases if k.received_date.year == year]
            plan += self.paginated(year_cases, f"cases/year/{year}/", t("year_cases", year=year))
        for category, cases in self.categories:
            plan += self.paginated(cases, category_url(category), t("category_cases", category=category))
        months: dict[str, list] = {}
        month_of: dict[dt.date, str] = {}       # a day's cases are many: strftime once a day
        for case in disclosure.cases:
            day = case.received_date
            month = month_of.get(day) or month_of.setdefault(day, day.strftime("%Y-%m"))
            months.setdefault(month, []).append(case)
        plan += [self.month_of_cases(month, cases) for month, cases in months.items()]
        commitments_by_unit = grouped(disclosure.commitments, "unit_code")
        for unit in disclosure.units:
            cases = self.by_unit.get(unit.code, [])
            plan.append(PageSpec(f"units/{unit.code}/", "unit.html", unit.name, dict(
                unit=unit, figures=self.stats.by_unit[unit.code], rows=self.case_rows(cases[:20]), n_cases=len(cases),
                commitments=commitments_by_unit.get(unit.code, []), performance=self.performance,
                notices=[n for n in disclosure.notices if unit.code in n.units])))
            plan += self.paginated(cases, f"units/{unit.code}/cases/", t("unit_cases", unit=unit.name),
                                   intro=t("newest_first"))
        for notice in disclosure.notices:
            plan.append(PageSpec(f"notices/{notice.id}/", "notice.html", notice.title,
                                 dict(notice=notice, public_cases=self.public_case_ids),
                                 made_of=self.notice_made_of(notice)))
        for removal in disclosure.removals:
            plan.append(PageSpec(f"{removal.kind}/{removal.id}/", "withdrawn.html", t("withdrawn_title"),
                                 dict(removal=removal), noindex=True))
        return plan

    def month_of_cases(self, month: str, cases: list) -> MonthOfCases:
        urls = [case_url(case) for case in cases]
        return MonthOfCases(f"cases/.months/{month}", urls,
                            [(url, self.case_made_of(case)) for url, case in zip(urls, cases)],
                            partial(self.case_pages, cases))

    def case_pages(self, cases: list) -> list[PageSpec]:
        return [self.case_page(case) for case in cases]

    def case_made_of(self, case) -> tuple:
        """What a case's page is made of besides what every page is (its title is its number's)."""
        return (self.case_digests[case.case_id],
                [(n.id, n.title, n.date) for n in self.notices_by_case.get(case.case_id, ())],
                case.duplicate_of in self.public_case_ids, self.feed_titles.get(unit_feed(case)))

    def notice_made_of(self, notice) -> tuple:
        """What a notice's page is made of besides what every page is: the notice as read (not
        where it was read from), its units' names and which of its related cases are published."""
        return (repr(notice), [self.disclosure.unit_names.get(code) for code in notice.units],
                [case_id in self.public_case_ids for case_id in notice.related_cases])

    def case_page(self, case) -> PageSpec:
        return PageSpec(case_url(case), "case.html", self.t("case_title", id=case.case_id), dict(
            case=case, dl=self.deadlines[case.case_id], notices=self.notices_by_case.get(case.case_id, []),
            duplicate_public=case.duplicate_of in self.public_case_ids),
            made_of=self.case_made_of(case), feeds=(unit_feed(case),))


def case_url(case) -> str:
    return f"cases/{case.case_id}/"


def unit_feed(case) -> str:
    """The folder of the feed of a case's unit, named in the case page's <head>."""
    return f"units/{case.unit_code}/"


def page_count(plan: list[PageSpec | MonthOfCases]) -> int:
    return sum(len(item.urls) if isinstance(item, MonthOfCases) else 1 for item in plan)
