"""List pages: numbered from the oldest, so a page keeps its number and its cases as cases arrive.

The pager shows the latest (the list's own address), two either side of this one and the
oldest three pages, newest first, with gaps between.
"""
import datetime as dt
import re

import pytest

from sitebuild import FIXTURE_DATA
from generator import derive
from generator.config import Config
from generator.disclose import disclose
from generator.pipeline import read_data
from generator.render import Renderer, environment, pager
from generator.stats import compute


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


def shown(body: str) -> list[str]:
    nav = re.search(r'<nav class="portal-pager"[^>]*>(.*?)</nav>', body, re.S)
    out = []
    for m in re.finditer(r'<a href="([^"]*)" rel="(prev|next)">|<span aria-current="page">([^<]+)</span>'
                         r'|<a href="([^"]*)">([^<]+)</a>|<span>…</span>', nav[1] if nav else ""):
        out.append(m[2] or (f"[{m[3]}]" if m[3] else m[5] or "…"))
    return out


def case_ids(body: str) -> list[str]:
    return re.findall(r'<tr><td><a href="[^"]*cases/([^/"]+)/">', body)


@pytest.fixture(scope="module")
def renderer():
    config = Config()
    config.page_size = 1          # one case a page: the fixture's cases make a long list
    data = read_data(FIXTURE_DATA, config, dt.date(2026, 11, 23))
    d = disclose(data)
    return Renderer(d, data.deadlines, compute(d, data.deadlines, config.league_min_cases), config, environment(),
                    case_digests=derive.case_digests(d.cases, data.deadlines, d.unit_names))


def test_every_page_shows_the_pages_the_rule_names(renderer):
    cases = renderer.d.cases
    assert len(cases) > 12
    for total in (1, 2, 5, 7, 8, 9, 12, len(cases)):
        pages = list(renderer.paginated(cases[:total], "cases/", "投诉件"))
        assert len(pages) == total
        for page in pages:
            n = total if page.url == "cases/" else int(page.url.split("/")[-2])
            assert shown(page.body) == (expected(n, total) if total > 1 else []), (n, total)


def test_a_page_keeps_its_cases_and_its_pager_as_newer_cases_arrive(renderer):
    """Adding cases (newest first in the list) changes only the pages near the latest."""
    cases = renderer.d.cases
    before = {p.url: (p.body, p.inputs) for p in renderer.paginated(cases[4:], "cases/", "投诉件")}
    after = {p.url: (p.body, p.inputs) for p in renderer.paginated(cases, "cases/", "投诉件")}
    total = len(cases) - 4
    for n in range(1, total - 3):
        url = f"cases/page/{n}/"
        # the same page, and the same fingerprint: a rebuild keeps it without rendering it
        assert after[url] == before[url], n
    after = {url: body for url, (body, _) in after.items()}
    assert case_ids(after["cases/page/1/"]) == [cases[-1].case_id]          # page 1 holds the oldest
    assert case_ids(after["cases/"]) == [cases[0].case_id]                  # the latest, the newest


def test_pager_of_a_page_far_from_the_latest_does_not_depend_on_the_number_of_pages():
    link = lambda i: f"p{i}"  # noqa: E731
    for n in range(1, 40):
        for total in range(n + 4, 60):
            as_latest = [(i, url, kind) for i, url, kind in pager(n, total, link) if kind != "latest"]
            assert as_latest == [(i, url, kind) for i, url, kind in pager(n, n + 4, link) if kind != "latest"]


def test_the_latest_page_holds_one_to_two_pages_of_cases(renderer):
    renderer.config.page_size = 3
    try:
        cases = renderer.d.cases
        for count in range(1, len(cases) + 1):
            pages = {p.url: case_ids(p.body) for p in renderer.paginated(cases[:count], "cases/", "投诉件")}
            latest = pages.pop("cases/")
            assert len(latest) == count if count < 3 else 3 <= len(latest) < 6, (count, latest)
            assert all(len(ids) == 3 for ids in pages.values())
            listed = latest + [i for n in range(len(pages), 0, -1) for i in pages[f"cases/page/{n}/"]]
            assert listed == [k.case_id for k in cases[:count]]           # every case once, newest first
    finally:
        renderer.config.page_size = 1


def test_links_point_at_the_permanent_list_urls(renderer):
    pages = {p.url: p.body for p in renderer.paginated(renderer.d.cases[:9], "cases/", "投诉件")}
    body = pages["cases/page/5/"]
    assert 'href="../../../cases/page/6/" rel="prev"' in body        # newer
    assert 'href="../../../cases/page/4/" rel="next"' in body        # older
    assert 'href="../../../cases/page/1/">1</a>' in body
    assert 'href="../../../cases/">最新</a>' in body
    assert 'href="../../../cases/" rel="prev"' in pages["cases/page/8/"]


def test_the_search_page_names_the_prefixes_of_record_numbers_only(renderer):
    """An office's case numbers without letters and a hyphen ("2026000123", valid too) are not
    what the search script takes for a number: each was listed as a "prefix" of its own, a
    search page with every case's number in it."""
    import dataclasses
    original = renderer.d.cases
    try:
        renderer.d.cases = [dataclasses.replace(k, case_id=f"2026{n:06d}") if n % 2 else k
                            for n, k in enumerate(original)]
        numbers = renderer.record_numbers()
    finally:
        renderer.d.cases = original
    assert numbers["QX"] == {"cases": True}
    assert not [prefix for prefix in numbers if prefix.isdigit()]
    assert set(numbers) == {"QX", "TB"}
