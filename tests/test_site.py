"""The built site as the public, the press and the golden files see it."""
import csv
import io
import json
import re
import statistics
from collections import Counter
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest

from sitebuild import AS_OF, FIXTURE_DATA, GOLDEN, build_fixture_site, golden_view
from generator import contract
from generator.config import Config
from generator.pipeline import read_data


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_fixture_site(tmp_path_factory.mktemp("build") / "site")


@pytest.fixture(scope="module")
def model():
    return read_data(FIXTURE_DATA, Config(), AS_OF)


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_matches_golden_output(site):
    """Regenerate with: python tests/update_golden.py"""
    view = golden_view(site)
    expected = {}
    for path in GOLDEN.rglob("*"):
        if path.is_file():
            rel = path.relative_to(GOLDEN).as_posix()
            key = "/" if rel == "index.html" else (rel[:-5] + "/" if rel.endswith(".html") else rel)
            expected[key] = path.read_text(encoding="utf-8")
    assert sorted(view) == sorted(expected)
    for key in view:
        assert view[key] == expected[key], f"{key} differs from the golden file"


def test_permanent_urls_exist(site, model):
    case = model.model.cases[1]
    for url in [f"cases/{case.case_id}", "notices/TB-2025-0001", "units/zrzyj", "commitments", "stats",
                "opendata", "stats/methodology", "opendata/dictionary", "withdrawn"]:
        assert (site / url / "index.html").is_file(), url


def _links(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_every_page_kind_is_two_clicks_from_home(site):
    def follow(url: str) -> set[str]:
        base = Path(url)
        out = set()
        for href in _links(page(site, url)):
            if href.startswith(("http", "#", "mailto:")) or not href.endswith("/"):
                continue
            out.add((base / href).as_posix())
        return {str(Path(u)).replace("\\", "/") for u in out}

    import os
    norm = lambda u: os.path.normpath(u).lstrip("./") if u not in (".", "") else ""
    one = {norm(u) for u in follow(".")}
    two = set(one)
    for url in one:
        if (site / url / "index.html").is_file():
            two |= {norm(u) for u in follow(url)}
    kinds = {"case": r"^cases/QX-[^/]+$", "unit": r"^units/[a-z0-9-]+$", "notice": r"^notices/TB-[^/]+$",
             "commitments": r"^commitments$", "stats": r"^stats$", "opendata": r"^opendata$",
             "case list": r"^cases$", "notice list": r"^notices$"}
    for kind, pattern in kinds.items():
        assert any(re.match(pattern, u) for u in two), kind


def test_case_pages_are_not_in_the_navigation(site):
    html = page(site, "cases")
    nav = html.split('<nav class="md-tabs"')[1].split("</nav>")[0]
    assert "units/" in nav and "QX-" not in nav
    assert 'class="md-nav md-nav--primary' not in html      # a flat navigation is the tabs, no drawer repeats it


def test_links_are_relative_so_the_site_works_under_a_sub_path(site):
    for path in list(site.rglob("*.html"))[:300]:
        if path.name == "404.html":
            continue   # served at any depth, so MkDocs links it from the site_url's path
        for href in re.findall(r'(?:href|src)="([^"]*)"', path.read_text(encoding="utf-8")):
            assert not href.startswith("/"), (path, href)


def test_search_page_starts_pagefind_before_the_theme_stylesheets(site):
    # An inline script after a stylesheet waits for it; the search must start first.
    html = page(site, "search/")
    head = html[:html.index("</head>")]
    starts = head.find("pagefind/main/pagefind.js")
    assert 0 < starts < head.index('rel="stylesheet"')
    assert "createInstance" in head[starts:head.index('rel="stylesheet"')]


def test_no_third_party_requests(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            url = re.search(r'(?:src|href)="([^"]*)"', tag)
            if url and url[1].startswith(("http:", "https:", "//")):
                assert 'rel="canonical"' in tag or 'rel="alternate"' in tag, (path, tag)


def test_record_text_is_shown_as_text(site):
    html = page(site, "cases/QX-2026-HOSTILE")
    assert "<script>alert" not in html and "<img src=x" not in html and "javascript:alert" not in _links(html)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; **粗体** [点我](javascript:alert(1))" in html
    assert "<strong>粗体</strong>" not in html


def _timeliness(row: dict) -> set[str]:
    """The badges a case may wear, by what the open data says of it."""
    if row["overdue"] == "true":
        return {"overdue"}
    if row["on_time"]:
        return {"on_time" if row["on_time"] == "true" else "late"}
    if row["status"] == "不予受理":
        return {"not_accepted"}
    return {"open", "due_soon"}


def test_case_pages_show_what_the_open_data_says_of_each_case(site, model):
    """Each case page's badge, unit, timeline, days taken and correction, read back against its
    row in cases.csv (and its unit's page)."""
    corrected = 0
    for row in _read_csv(site, "cases"):
        html = page(site, f"cases/{row['case_id']}")
        head = re.search(r'<p class="portal-case-head"[^>]*>(.*?)</p>', html, re.S)[1]
        assert set(re.findall(r"portal-badge--(\w+)", head)) <= _timeliness(row), row["case_id"]
        assert len(re.findall(r"portal-badge--", head)) == 1, row["case_id"]
        unit = re.search(r'<a href="\.\./\.\./units/([^/"]+)/">([^<]+)</a>', head)
        assert (unit[1], unescape(unit[2])) == (row["unit_code"], row["unit"]), row["case_id"]
        assert f"<h1>{row['unit']}</h1>" in page(site, f"units/{row['unit_code']}")
        timeline = re.search(r'<ol class="portal-timeline">(.*?)</ol>', html, re.S)[1]
        expected = [row["received_date"], row["due_date"]]
        if row["closed_date"]:
            expected.append(row["closed_date"])
        elif _timeliness(row) & {"open", "due_soon", "overdue"}:
            expected.append(AS_OF.isoformat())            # still open: where it stands today
        if row["feedback_date"]:
            expected.append(row["feedback_date"])
        assert re.findall(r'<time datetime="([\d-]+)">', timeline) == expected, row["case_id"]
        if row["working_days_taken"]:
            days = re.search(r"(\d+) 个自然日（(\d+) 个工作日）", html)
            assert (days[1], days[2]) == (row["days_taken"], row["working_days_taken"]), row["case_id"]
        if row["correction"]:
            corrected += 1
            note = re.search(r'<div class="admonition warning portal-correction"[^>]*>(.*?)</div>', html, re.S)[1]
            assert row["correction"] in unescape(note) and row["correction_date"] in _dates_as_iso(note), row["case_id"]
    assert corrected


def _dates_as_iso(text: str) -> list[str]:
    return [f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)]


def test_withdrawn_case_keeps_its_url_with_a_notice_and_no_content(site, model):
    withdrawn = [c for c in model.model.cases if c.withdrawn]
    assert withdrawn
    listed = {re.search(r'cases/([^/"]+)/', row)[1]: re.findall(r"<td>(\d{4}-\d{2}-\d{2})</td>", row)
              for row in re.findall(r"<tr>(.*?)</tr>", page(site, "withdrawn")) if "cases/" in row}
    for case in withdrawn:
        html = page(site, f"cases/{case.case_id}")
        assert "该内容已撤回" in html and '<meta name="robots" content="noindex">' in html
        assert case.summary not in html
        assert listed[case.case_id] == [case.withdrawn_date.isoformat()]   # listed, linked, with its date
    assert sorted(listed) == sorted(c.case_id for c in withdrawn)


def test_embargoed_cases_are_nowhere(site, model):
    embargoed = [c for c in model.model.cases if c.publish_date and c.publish_date > AS_OF]
    assert embargoed
    everything = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*") if p.is_file()
                         and p.suffix in (".html", ".csv", ".json"))
    for case in embargoed:
        assert case.case_id not in everything


def _read_csv(site: Path, name: str) -> list[dict]:
    raw = (site / "opendata" / f"{name}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_open_data_reads_back_equal_to_the_model(site, model):
    rows = {r["case_id"]: r for r in _read_csv(site, "cases")}
    public = [c for c in model.model.cases if not c.withdrawn and not (c.publish_date and c.publish_date > AS_OF)]
    assert sorted(rows) == sorted(c.case_id for c in public)
    units = {u.code: u.name for u in model.model.units}
    for case in public:
        row = rows[case.case_id]
        for f in contract.CASES.fields:
            if not f.public:
                assert f.name not in row
                continue
            value = getattr(case, "unit_code" if f.name == "unit" else f.name)
            text = row[f.name]
            if text.startswith("'") and text[1:2] in ("=", "+", "-", "@"):
                text = text[1:]          # formula neutralised for spreadsheets
            if f.name == "unit":
                assert text == units[case.unit_code]
            elif isinstance(value, list):
                assert text == "；".join(value)
            elif isinstance(value, bool):
                assert text == ("true" if value else "false")
            elif value is None or value == "":
                assert text == ""
            else:
                assert text == (value.isoformat() if hasattr(value, "isoformat") else str(value)), f.name
        d = model.deadlines[case.case_id]
        assert row["due_date"] == d.due_date.isoformat()
        assert row["overdue"] == ("true" if d.overdue else "false")
        assert row["on_time"] == {True: "true", False: "false", None: ""}[d.on_time]
    json_rows = json.loads((site / "opendata" / "cases.json").read_text(encoding="utf-8"))
    assert [r["case_id"] for r in json_rows] == [r for r in sorted(rows)]


def test_open_data_page_counts_the_rows_of_each_file(site):
    # The page counts from the disclosure, not from the files it lists (made in a process of their own).
    stated = dict(re.findall(r'<a href="(\w+)\.csv" download>.*?</a></td><td>(\d+)</td>', page(site, "opendata/")))
    assert set(stated) == {"cases", "notices", "commitments", "performance"}
    for name, n in stated.items():
        assert int(n) == len(_read_csv(site, name)), name


def test_formulas_are_neutralised_in_csv(site):
    row = next(r for r in _read_csv(site, "cases") if r["case_id"] == "QX-2026-HOSTILE")
    assert row["outcome"].startswith("'=HYPERLINK")


def test_datapackage_describes_every_file(site):
    package = json.loads((site / "opendata" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        header = next(csv.reader(io.StringIO((site / "opendata" / resource["path"]).read_bytes().decode("utf-8-sig"))))
        assert header == [f["name"] for f in resource["schema"]["fields"]]
    assert {r["name"] for r in package["resources"]} == {"cases", "notices", "commitments", "performance"}


# --- every figure recomputed from the downloads, independently of stats.py ---

def _figures_on(html: str) -> dict[str, str]:
    return {unescape(dt): unescape(dd) for dt, dd in
            re.findall(r'<div class="portal-figure"><dt>(.*?)</dt><dd>(.*?)</dd></div>', html)}


def _pct(n, d):
    return "—" if d == 0 else f"{n / d * 100:.1f}%"


def _expected(rows: list[dict]) -> dict[str, str]:
    rows = [r for r in rows if r["valid"] == "true"]
    closed = [r for r in rows if r["status"] == "已办结"]
    not_accepted = sum(r["status"] == "不予受理" for r in rows)
    resolved = [r for r in rows if r["resolved"]]
    followed = [r for r in rows if r["satisfaction"] not in ("", "未回访")]
    workdays = [int(r["working_days_taken"]) for r in closed]
    refunds = sum((Decimal(r["refund_amount"]) for r in rows if r["refund_amount"]), Decimal(0))
    return {
        "受理件数": f"{len(rows):,}", "办结件数": f"{len(closed):,}",
        "办结率": _pct(len(closed), len(rows) - not_accepted),
        "按时办结率": _pct(sum(r["on_time"] == "true" for r in closed), len(closed)),
        "超期未办结": f"{sum(r['overdue'] == 'true' for r in rows):,}",
        "办理用时中位数（工作日）": f"{statistics.median(workdays):g}" if workdays else "—",
        "属实率": _pct(sum(r["finding"] in ("属实", "部分属实") for r in closed), len(closed)),
        "答复率": _pct(sum(bool(r["feedback_date"]) for r in closed), len(closed)),
        "解决率": _pct(sum(r["resolved"] == "已解决" for r in resolved), len(resolved)),
        "满意率": _pct(sum(r["satisfaction"] in ("满意", "基本满意") for r in followed), len(followed)),
        "退还金额（元）": f"{refunds:,.2f}",
    }


def test_home_and_stats_figures_recompute_from_open_data(site):
    expected = _expected(_read_csv(site, "cases"))
    for url in ("", "stats"):
        shown = _figures_on(page(site, url))
        assert shown, url
        for name, value in shown.items():
            assert value == expected[name], (url, name)


def test_unit_figures_recompute_from_open_data(site):
    rows = _read_csv(site, "cases")
    codes = Counter(r["unit_code"] for r in rows)
    assert len(codes) > 3
    for code in codes:
        shown = _figures_on(page(site, f"units/{code}"))
        expected = _expected([r for r in rows if r["unit_code"] == code])
        assert shown == {k: expected[k] for k in shown} and len(shown) == 11, code


def test_league_table_leaves_out_small_units_and_says_so(site, model):
    """The league ranks the units with at least league_min_cases valid cases by their on-time
    rate (then closure rate), counted again from the open data; the note names every other unit."""
    minimum = model.config.league_min_cases
    rows = [r for r in _read_csv(site, "cases") if r["valid"] == "true"]
    by_unit: dict[str, list[dict]] = {}
    for r in rows:
        by_unit.setdefault(r["unit"], []).append(r)

    def rates(name):
        unit_rows = by_unit[name]
        closed = [r for r in unit_rows if r["status"] == "已办结"]
        accepted = [r for r in unit_rows if r["status"] != "不予受理"]
        return (-(sum(r["on_time"] == "true" for r in closed) / len(closed) if closed else 0),
                -(len(closed) / len(accepted) if accepted else 0))
    ranked = sorted((name for name, unit_rows in by_unit.items() if len(unit_rows) >= minimum), key=rates)
    html = page(site, "stats")
    league = re.search(r'<h2 id="league">.*?<tbody>(.*?)</tbody>.*?<p class="portal-muted">(.*?)</p>', html, re.S)
    shown = [re.findall(r"<td>(?:<a [^>]*>)?([^<]*)(?:</a>)?</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", league[1])]
    assert len(ranked) >= 2 and len({rates(name) for name in ranked}) == len(ranked)     # no ties to order by code
    assert [(place, unescape(name), n) for place, name, n, *_ in shown] == [
        (str(place), name, str(len(by_unit[name]))) for place, name in enumerate(ranked, 1)]
    left_out = unescape(league[2]).split("：", 1)[1].rstrip("。").split("、")
    assert f"少于 {minimum} 件" in league[2]
    assert sorted(left_out) == sorted(u.name for u in model.model.units if u.name not in ranked)


def test_english_site(tmp_path, site):
    """The English site says what the Chinese one says: the same figures, the same latest
    outcomes, under English labels."""
    english = build_fixture_site(tmp_path / "en", lang="en")
    html = page(english, "")
    assert '<html lang="en"' in html
    zh, en = _figures_on(page(site, "")), _figures_on(html)
    assert list(en.values()) == list(zh.values()) and len(en) >= 5
    chinese = re.compile(r"[\u4e00-\u9fff]")
    assert not [label for label in en if chinese.search(label)], list(en)
    latest = lambda body: re.findall(r'<tr><td><a href="cases/([^/"]+)/">', body)  # noqa: E731
    assert latest(html) == latest(page(site, "")) != []
    stats = re.search(r'<a href="stats/">([^<]*)</a>', html)
    assert stats and not chinese.search(stats[1])
    assert list(_figures_on(page(english, "stats")).values()) == list(_figures_on(page(site, "stats")).values())


def test_no_broken_internal_links(site):
    """Crawl every page: each relative link and asset must exist in the built site."""
    import os
    broken = []
    for path in site.rglob("*.html"):
        if path.name == "404.html":
            continue
        for url in re.findall(r'(?:href|src|action)="([^"]*)"', path.read_text(encoding="utf-8")):
            url = unescape(url).split("#")[0].split("?")[0]
            if not url or url.startswith(("http:", "https:", "mailto:", "data:", "//")):
                continue
            target = Path(os.path.normpath(path.parent / url))
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append((path.relative_to(site).as_posix(), url))
    assert broken == []


def test_sitemap_lists_every_public_page_and_no_withdrawn_one(site, model):
    import xml.etree.ElementTree as ET
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = {e.text for e in ET.parse(site / "sitemap.xml").getroot().iter(f"{ns}loc")}
    base = "http://127.0.0.1:8000/"
    assert base in locs and f"{base}stats/" in locs and f"{base}units/zrzyj/" in locs
    public = [c for c in model.model.cases if not c.withdrawn and not (c.publish_date and c.publish_date > AS_OF)]
    assert all(f"{base}cases/{c.case_id}/" in locs for c in public)
    assert not [c for c in model.model.cases if c.withdrawn and f"{base}cases/{c.case_id}/" in locs]
    assert not [u for u in locs if "_portal_shell" in u or "pagefind" in u]
    import gzip
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == (site / "sitemap.xml").read_bytes()


def test_the_newest_cases_have_an_index_of_their_own_that_answers_first(model):
    """search_first_answer: the newest N cases answer a search first when the newest index of
    cases holds more (a smaller index answers sooner); their records are in that index too."""
    from generator import search
    from generator.disclose import disclose

    d = disclose(model)
    newest_index = search.index_names(d)[1]
    in_newest = [k for k in d.cases if search.case_index(k.received_date, d.as_of) == newest_index]
    assert len(in_newest) > 2
    by_index = search.case_records(d, "zh", first=2)
    assert search.first_answer(d, 2) == search.FIRST
    assert [r.url for r in by_index[search.FIRST]] == [f"cases/{k.case_id}/" for k in d.cases[:2]]
    assert by_index[search.FIRST] == by_index[newest_index][:2]
    # not when the newest index is no bigger, nor when turned off: the newest index answers first
    for first in (len(in_newest), 0):
        assert search.first_answer(d, first) == newest_index
        assert search.FIRST not in search.case_records(d, "zh", first=first)


def test_cases_are_indexed_by_quarter_the_current_quarter_by_month_and_the_current_month_by_five_days(model):
    """A rebuild re-indexes only the index its new cases fall in: past quarters whole, the
    months of the as-of date's quarter, and five days at a time in the as-of date's month (new
    cases fall there: Pagefind's work grows with the records it is given)."""
    import datetime as dt

    from generator import search
    from generator.disclose import disclose

    as_of = dt.date(2026, 11, 23)
    for day, part in ((1, "01"), (5, "01"), (6, "06"), (20, "16"), (21, "21"), (25, "21"), (26, "26"), (30, "26")):
        assert search.case_index(dt.date(2026, 11, day), as_of) == f"2026-11-{part}", day
    assert search.case_index(dt.date(2026, 12, 31), dt.date(2026, 12, 31)) == "2026-12-26"
    assert search.case_index(dt.date(2026, 10, 31), as_of) == "2026-10"
    assert search.case_index(dt.date(2026, 9, 30), as_of) == "2026-q3"
    assert search.case_index(dt.date(2025, 11, 2), as_of) == "2025-q4"
    assert search.case_index(dt.date(2026, 11, 2), dt.date(2026, 12, 1)) == "2026-11"     # once the month is over
    assert search.case_index(dt.date(2026, 11, 2), dt.date(2027, 1, 5)) == "2026-q4"   # once the quarter is over
    d = disclose(model)
    names = search.index_names(d)
    parts = {search.case_index(k.received_date, d.as_of) for k in d.cases}
    assert names == ["main"] + search._newest_first(parts)
    assert names[:3] == ["main", "2026-10", "2026-q3"] and names[-1] == "2025-q1"
    assert search._newest_first(["2026-q3", "2026-11-01", "2026-10", "2026-11-16", "2026-11-06"]) == \
        ["2026-11-16", "2026-11-06", "2026-11-01", "2026-10", "2026-q3"]


def test_each_category_has_a_list_of_its_cases_linked_from_the_case_list(site):
    """Browsing by category without JavaScript: /cases/ links each category's list, which
    holds that category's cases and no other, over as many pages as it takes."""
    expected: dict[str, set[str]] = {}
    for row in _read_csv(site, "cases"):
        expected.setdefault(row["category"], set()).add(row["case_id"])
    line = re.search(r'<p class="portal-years">按投诉类别：(.*?)</p>', page(site, "cases"), re.S)[1]
    linked = {unescape(text): href for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(?:<strong>)?([^<]+)', line)}
    assert sorted(linked) == sorted(expected)
    for category, href in linked.items():
        folder = (site / "cases" / href).resolve()
        listed, url = [], folder
        while True:
            html = (url / "index.html").read_text(encoding="utf-8")
            assert f"<h1>投诉类别：{category}" in html
            table = re.search(r'<table class="portal-table portal-cases">(.*?)</table>', html, re.S)[1]
            listed += re.findall(r'<a href="[./]*cases/([^/"]+)/">', table)
            older = re.search(r'<a href="([^"]+)" rel="next"', html)
            if not older:
                break
            url = (url / older[1]).resolve()
        assert len(listed) == len(set(listed)) and set(listed) == expected[category], category
        assert f'href="{"../" * 3}cases/category/{folder.name}/feed.xml"' in page(site, f"cases/category/{folder.name}")
        if category in page(site, "stats"):       # the statistics' table of categories links the list too
            assert f'<a href="../cases/category/{folder.name}/">{category}</a>' in page(site, "stats")
