"""List pages' pager: first and last three pages, two either side of this one, gaps between."""
import datetime as dt
import re

import pytest

from sitebuild import FIXTURE_DATA
from generator.config import Config
from generator.disclose import disclose
from generator.pipeline import read_data
from generator.render import Renderer, environment
from generator.stats import compute


def expected(n: int, total: int) -> list[str]:
    """The pager of page n of total, written out from the rule."""
    out = ["prev"] if n > 1 else []
    for i in range(1, total + 1):
        if i == n:
            out.append(f"[{i}]")
        elif i <= 3 or i > total - 3 or abs(i - n) <= 2:
            out.append(str(i))
        elif i in (4, total - 3):
            out.append("…")
    return out + (["next"] if n < total else [])


def shown(body: str) -> list[str]:
    nav = re.search(r'<nav class="portal-pager"[^>]*>(.*?)</nav>', body, re.S)
    out = []
    for m in re.finditer(r'<a href="([^"]*)" rel="(prev|next)">|<span aria-current="page">(\d+)</span>'
                         r'|<a href="([^"]*)">(\d+)</a>|<span>…</span>', nav[1] if nav else ""):
        out.append(m[2] or (f"[{m[3]}]" if m[3] else m[5] or "…"))
    return out


@pytest.fixture(scope="module")
def renderer():
    config = Config()
    config.page_size = 1          # one case a page: the fixture's cases make a long list
    data = read_data(FIXTURE_DATA, config, dt.date(2026, 11, 23))
    d = disclose(data)
    return Renderer(d, data.deadlines, compute(d, data.deadlines, config.league_min_cases), config, environment())


def test_every_page_shows_the_pages_the_rule_names(renderer):
    cases = renderer.d.cases
    assert len(cases) > 12
    for total in (1, 2, 5, 7, 8, 9, 12, len(cases)):
        pages = list(renderer.paginated(cases[:total], "cases/", "投诉件"))
        assert len(pages) == total
        for n, page in enumerate(pages, 1):
            assert shown(page.body) == (expected(n, total) if total > 1 else []), (n, total)


def test_links_point_at_the_permanent_list_urls(renderer):
    pages = list(renderer.paginated(renderer.d.cases[:9], "cases/", "投诉件"))
    body = pages[4].body                      # page 5 of 9
    assert 'href="../../../cases/page/4/" rel="prev"' in body
    assert 'href="../../../cases/page/6/" rel="next"' in body
    assert 'href="../../../cases/">1</a>' in body
