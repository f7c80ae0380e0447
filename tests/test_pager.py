"""List pages: numbered from the oldest, so a page keeps its number and its cases as cases arrive.

The pager shows the latest (the list's own address), two either side of this one and the
oldest three pages, newest first, with gaps between.

Read as a reader meets them: in a site built with ``page_size`` set in portal.yml, then built
again once more cases have arrived, every list (all cases, each year, each category, each
unit's) is walked page by page and held against the open data's cases.
"""
import csv
import io
import json
import os
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from sitebuild import AS_OF, FIXTURE_DATA, ROOT
from generator.site import build_site

PAGE_SIZE = 2            # two cases a page: the fixture's cases make lists of one to twenty-odd pages
# Cases that arrive after the first build, newest last; half numbered as some offices number
# theirs, without letters or a hyphen ("2026000123": valid too).
ARRIVALS = ["QX-2026-200001", "2026200002", "QX-2026-200003", "2026200004", "QX-2026-200005", "2026200006"]


def expected(n: int, total: int) -> list[str]:
    """The pager of page n of total, written out from the rule: newest first, as the list is."""
    out = ["prev"] if n < total else []
    shown_before = total + 1
    for i in range(total, 0, -1):
        if not (i <= 3 or abs(i - n) <= 2 or i == total):
            continue
        if shown_before - i > 1:
            out.append("…")
        out.append(("[最新]" if i == total else f"[{i}]") if i == n else "最新" if i == total else str(i))
        shown_before = i
    return out + (["next"] if n > 1 else [])


def _pager(body: str) -> str:
    nav = re.search(r'<nav class="portal-pager"[^>]*>(.*?)</nav>', body, re.S)
    return nav[1] if nav else ""


def shown(body: str) -> list[str]:
    out = []
    for m in re.finditer(r'<a href="([^"]*)" rel="(prev|next)">|<span aria-current="page">([^<]+)</span>'
                         r'|<a href="([^"]*)">([^<]+)</a>|<span>…</span>', _pager(body)):
        out.append(m[2] or (f"[{m[3]}]" if m[3] else m[5] or "…"))
    return out


def pager_links(body: str) -> list[tuple[str, str]]:
    """(what the link shows: "prev", "next", a page number or 最新; where it points)."""
    return [(m[2] or unescape(m[4]), unescape(m[1] or m[3]))
            for m in re.finditer(r'<a href="([^"]*)" rel="(prev|next)">|<a href="([^"]*)">([^<]+)</a>', _pager(body))]


def case_ids(body: str) -> list[str]:
    table = re.search(r'<table class="portal-table portal-cases">(.*?)</table>', body, re.S)
    return re.findall(r'<tr><td><a href="[^"]*cases/([^/"]+)/">', table[1] if table else "")


class Site:
    """What a reader finds in a built site: its case lists page by page, and its open data."""

    def __init__(self, site: Path):
        self.root = site
        self.rows = list(csv.DictReader(io.StringIO((site / "opendata" / "cases.csv").read_bytes()
                                                    .decode("utf-8-sig"))))
        bases = ["cases"] + [p.relative_to(site).as_posix()
                             for pattern in ("cases/year/*", "cases/category/*", "units/*/cases")
                             for p in sorted(site.glob(pattern)) if (p / "index.html").is_file()]
        #: list -> {page number: html}; the latest page, the list's own address, under its number
        self.lists: dict[str, dict[int, str]] = {}
        self.files: dict[str, bytes] = {}
        for base in bases:
            numbered = {int(p.name): p / "index.html" for p in (site / base / "page").glob("*")}
            assert sorted(numbered) == list(range(1, len(numbered) + 1)), base
            numbered[len(numbered) + 1] = site / base / "index.html"
            self.lists[base] = {n: path.read_text(encoding="utf-8") for n, path in numbered.items()}
            self.files.update({path.relative_to(site).as_posix(): path.read_bytes() for path in numbered.values()})
        latest = self.lists["cases"][len(self.lists["cases"])]          # at cases/: its links start there
        line = re.search(r'<p class="portal-years">按投诉类别：(.*?)</p>', latest, re.S)[1]
        self.category_of = {os.path.normpath("cases/" + href): unescape(name)
                            for href, name in re.findall(r'<a href="([^"]+)">([^<]+)</a>', line)}
        self.search_page = (site / "search" / "index.html").read_text(encoding="utf-8")

    def listed(self, base: str) -> list[str]:
        """The case numbers a list should hold, newest first, from the open data."""
        if base == "cases":
            keep = lambda row: True  # noqa: E731
        elif base.startswith("cases/year/"):
            keep = lambda row: row["received_date"][:4] == base.split("/")[-1]  # noqa: E731
        elif base.startswith("cases/category/"):
            keep = lambda row: row["category"] == self.category_of[base]  # noqa: E731
        else:
            keep = lambda row: row["unit_code"] == base.split("/")[1]  # noqa: E731
        rows = sorted((r for r in self.rows if keep(r)), key=lambda r: (r["received_date"], r["case_id"]), reverse=True)
        return [r["case_id"] for r in rows]

    def url(self, base: str, n: int) -> str:
        return f"{base}/" if n == len(self.lists[base]) else f"{base}/page/{n}/"


def _with_arrivals(folder: Path) -> Path:
    shutil.copytree(FIXTURE_DATA, folder)
    path = folder / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    buf = io.StringIO()
    for day, case_id in enumerate(ARRIVALS, 2):
        row = dict.fromkeys(header, "")
        row.update({"投诉编号": case_id, "受理日期": f"2026-11-{day:02d}", "投诉渠道": "电话", "投诉类别": "办事效率",
                    "被投诉单位": "县自然资源局", "投诉事项": "新到的一件", "办理状态": "已办结",
                    "办结日期": f"2026-11-{day + 1:02d}", "核查结论": "属实", "处理结果": "已整改"})
        csv.writer(buf, lineterminator="\r\n").writerow([row[h] for h in header])
    path.write_text(text + buf.getvalue(), encoding="utf-8-sig")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture's site with ``page_size`` from portal.yml, and the same site rebuilt in place
    once ARRIVALS have arrived (with what that rebuild reported as changed)."""
    root = tmp_path_factory.mktemp("pager")
    config = root / "portal.yml"
    config.write_text(f"page_size: {PAGE_SIZE}\n", encoding="utf-8")
    out = root / "site"

    def build(data):
        result = build_site(data, out, AS_OF, config_path=config, project_dir=ROOT, cache_dir=root / "cache")
        assert result.ok
        return result
    build(FIXTURE_DATA)
    before = Site(out)
    changes = build(_with_arrivals(root / "data")).changes
    return {"before": before, "after": Site(out), "changes": changes}


@pytest.fixture(scope="module", params=["before", "after"])
def site(built, request):
    return built[request.param]


def test_every_page_shows_the_pages_the_rule_names(site):
    totals = set()
    for base, pages in site.lists.items():
        total = len(pages)
        totals.add(total)
        for n, body in pages.items():
            assert shown(body) == (expected(n, total) if total > 1 else []), (base, n, total)
    assert {1, 2, 3} <= totals and max(totals) >= 9, totals       # short lists, and long ones with gaps


def test_the_lists_hold_page_size_cases_a_page_and_the_latest_one_to_two_pages(site):
    """Every case of the list once, newest first; page_size a page; the latest page (the
    list's own address) between one and two pages' worth."""
    counts = set()
    for base, pages in site.lists.items():
        listed = site.listed(base)
        counts.add(len(listed))
        assert len(pages) == max(1, len(listed) // PAGE_SIZE), base      # as many pages as page_size makes
        total = len(pages)
        latest = case_ids(pages[total])
        assert (len(latest) == len(listed) if len(listed) < PAGE_SIZE
                else PAGE_SIZE <= len(latest) < 2 * PAGE_SIZE), (base, latest)
        assert all(len(case_ids(pages[n])) == PAGE_SIZE for n in range(1, total)), base
        shown_in_order = [case for n in range(total, 0, -1) for case in case_ids(pages[n])]
        assert shown_in_order == listed, base
    assert {n % PAGE_SIZE for n in counts if n >= PAGE_SIZE} == set(range(PAGE_SIZE)), counts


def test_a_page_keeps_its_cases_and_its_pager_as_newer_cases_arrive(built):
    """A journalist's link to a list page stays right: the pages four or more below the latest
    are the same files after cases arrive, and the rebuild did not change them."""
    before, after, changes = built["before"], built["after"], built["changes"]
    touched = set(changes.added) | set(changes.changed) | set(changes.removed)
    grown = [base for base in before.lists if len(after.lists[base]) > len(before.lists[base])]
    assert "cases" in grown and len(grown) >= 3, grown
    for base, pages in before.lists.items():
        total = len(pages)
        assert len(after.lists[base]) >= total, base
        for n in range(1, total + 1):
            rel = f"{before.url(base, n)}index.html"
            if base in grown and n > total - 4:
                continue
            # a list the arrivals are not in is left alone whole; a grown one below its latest pages
            assert after.files[rel] == before.files[rel], rel
            assert rel not in touched, rel
        if base in grown:
            assert f"{base}/index.html" in changes.changed
    cases = after.lists["cases"]
    assert case_ids(cases[1]) == after.listed("cases")[-PAGE_SIZE:] == before.listed("cases")[-PAGE_SIZE:]
    assert case_ids(cases[len(cases)])[0] == ARRIVALS[-1]            # the latest, the newest


def test_pager_of_a_page_far_from_the_latest_does_not_depend_on_the_number_of_pages(built):
    """Page n of a list four or more pages long past it shows the same pager whatever the list."""
    seen: dict[int, dict[int, list[str]]] = {}        # n -> {total: the pager shown}
    for site in (built["before"], built["after"]):
        for pages in site.lists.values():
            total = len(pages)
            for n in range(1, total - 3):
                pager = shown(pages[n])
                seen.setdefault(n, {}).setdefault(total, pager)
                assert pager == next(iter(seen[n].values())), (n, total)
    assert max(len(totals) for totals in seen.values()) >= 4, seen


def test_links_point_at_the_permanent_list_urls(site):
    """Each link in a pager leads, by the list's permanent address, to the page it names."""
    for base, pages in site.lists.items():
        total = len(pages)
        for n, body in pages.items():
            here = Path(site.url(base, n))
            for label, href in pager_links(body):
                target = {"prev": n + 1, "next": n - 1, "最新": total}.get(label) or int(label)
                assert os.path.normpath(here / href) == os.path.normpath(site.url(base, target)), (base, n, label)
                assert (site.root / here / href / "index.html").is_file()
    pages = site.lists["cases"]
    total = len(pages)
    body = pages[5]
    assert 'href="../../../cases/page/6/" rel="prev"' in body        # newer
    assert 'href="../../../cases/page/4/" rel="next"' in body        # older
    assert 'href="../../../cases/page/1/">1</a>' in body
    assert 'href="../../../cases/">最新</a>' in body
    assert 'href="../../../cases/" rel="prev"' in pages[total - 1]


def test_the_search_page_names_the_prefixes_of_record_numbers_only(built):
    """An office's case numbers without letters and a hyphen ("2026000123", valid too) are not
    what the search script takes for a number: each was listed as a "prefix" of its own, a
    search page with every case's number in it."""
    site = built["after"]
    assert {"2026200002", "QX-2026-200001"} <= {r["case_id"] for r in site.rows}
    records = re.search(r'data-records="([^"]*)"', site.search_page)
    assert json.loads(unescape(records[1])) == {"QX": {"cases": True}, "TB": {"notices": True}}
    # and the shapes of their numbers, each from the numbers themselves
    notices = csv.DictReader(io.StringIO((site.root / "opendata" / "notices.csv").read_bytes().decode("utf-8-sig")))
    numbers = [r["case_id"] for r in site.rows] + [r["id"] for r in notices]
    shapes = {p: {"-".join(str(len(part)) for part in n.split("-")[1:]) for n in numbers if n.split("-")[0] == p}
              for p in ("QX", "TB")}
    listed = json.loads(unescape(re.search(r'data-shapes="([^"]*)"', site.search_page)[1]))
    assert {p: set(v) for p, v in listed.items()} == shapes and "4-6" in shapes["QX"]
