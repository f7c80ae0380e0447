"""Disclosure in time: as-of dates, reproducible and incremental rebuilds."""
import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from html import unescape

import pytest

from sitebuild import AS_OF, FIXTURE_DATA, ROOT, build_fixture_site, build_result
from generator.build import build_site
from generator import search
from generator.config import Config
from generator.disclose import disclose
from generator.pipeline import read_data
from generator.publish import MANIFEST, read_manifest

LATER = dt.date(2026, 12, 20)
EMBARGOED_CASE = "QX-2026-000004"      # 公开日期 2026-12-15 in the fixture


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """The fixture data with a notice whose public period ends between the two dates."""
    folder = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(FIXTURE_DATA, folder)
    notice = folder / "notices" / "TB-2026-0005.md"
    text = notice.read_text(encoding="utf-8")
    key = "公示截止" if "通报编号" in text else "expires"
    notice.write_text(text.replace("\n---\n", f"\n{key}: 2026-12-01\n---\n", 1), encoding="utf-8")
    cases = folder / "cases" / "2026.csv"
    text = cases.read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    row = dict.fromkeys(header, "")
    row.update({"投诉编号": "QX-2026-OPEN01", "受理日期": "2026-11-20", "投诉渠道": "网络", "投诉类别": "办事效率",
                "被投诉单位": "县民政局", "投诉事项": "尚在办理", "办理状态": "办理中"})
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow([row[h] for h in header])
    cases.write_text(text + buf.getvalue(), encoding="utf-8-sig")
    return folder


@pytest.fixture(scope="module")
def sites(data, tmp_path_factory):
    root = tmp_path_factory.mktemp("sites")
    return {day: build_fixture_site(root / str(day), data=data, as_of=day) for day in (AS_OF, LATER)}


def _everything(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _case_ids_in_csv(site):
    rows = csv.DictReader(io.StringIO((site / "opendata" / "cases.csv").read_bytes().decode("utf-8-sig")))
    return {r["case_id"] for r in rows}


def _search_urls(data, day):
    dataset = read_data(data, Config(), day)
    return {r.url for records in search.records(disclose(dataset), "zh", []).values()
            for r in records}


def test_an_embargoed_case_appears_on_its_publish_date_everywhere(sites, data):
    before, after = sites[AS_OF], sites[LATER]
    assert not (before / "cases" / EMBARGOED_CASE).exists()
    assert (after / "cases" / EMBARGOED_CASE / "index.html").is_file()
    assert EMBARGOED_CASE not in _case_ids_in_csv(before) and EMBARGOED_CASE in _case_ids_in_csv(after)
    for name in ("feed.xml", "cases/feed.xml"):
        assert EMBARGOED_CASE not in (before / name).read_text(encoding="utf-8")
        assert EMBARGOED_CASE in (after / name).read_text(encoding="utf-8")
    assert f"cases/{EMBARGOED_CASE}/" not in _search_urls(data, AS_OF)
    assert f"cases/{EMBARGOED_CASE}/" in _search_urls(data, LATER)
    assert EMBARGOED_CASE not in (before / "cases" / "index.html").read_text(encoding="utf-8")


def test_a_notice_past_its_public_period_comes_down_and_is_logged(sites, data):
    before, after = sites[AS_OF], sites[LATER]
    page_before = (before / "notices" / "TB-2026-0005" / "index.html").read_text(encoding="utf-8")
    page_after = (after / "notices" / "TB-2026-0005" / "index.html").read_text(encoding="utf-8")
    assert "该内容已撤回" not in page_before and "该内容已撤回" in page_after
    assert "TB-2026-0005" in (after / "withdrawn" / "index.html").read_text(encoding="utf-8")
    assert "/notices/TB-2026-0005/" in (before / "notices" / "feed.xml").read_text(encoding="utf-8")
    assert "/notices/TB-2026-0005/" not in (after / "notices" / "feed.xml").read_text(encoding="utf-8")
    assert "notices/TB-2026-0005/" not in _search_urls(data, LATER)
    assert "TB-2026-0005" not in (after / "opendata" / "notices.csv").read_text(encoding="utf-8-sig")
    assert "公示期满" in (after / "changes" / "index.html").read_text(encoding="utf-8")


def test_open_cases_turn_overdue_as_the_date_moves(sites, data):
    before = read_data(data, Config(), AS_OF).deadlines
    after = read_data(data, Config(), LATER).deadlines
    turned = [cid for cid, d in before.items() if d.is_open and not d.overdue and after[cid].overdue]
    assert turned
    html = (sites[LATER] / "cases" / turned[0] / "index.html").read_text(encoding="utf-8")
    assert "portal-badge--overdue" in html


def _rendered(monkeypatch) -> list:
    """The (template, address, whether it is in the navigation, so made on every build) of every
    page rendered from here on (the fixture's builds run in one process)."""
    from generator.render import Renderer
    rendered, render = [], Renderer.render

    def counted(self, spec):
        rendered.append((spec.template, spec.url, spec.stub))
        return render(self, spec)
    monkeypatch.setattr(Renderer, "render", counted)
    return rendered


def test_on_a_new_date_a_list_of_cases_is_made_again_only_where_a_badge_changes(data, tmp_path, monkeypatch):
    """An open case's page shows how long it has been open, and changes every day; its row in the
    lists shows whether it is late, which changes on a day or two of its life.  A build on a new
    date makes again the open cases' pages, not the lists (a large site has an open case on
    nearly every list page); on the day a badge changes, the lists showing it are made again,
    and every build is the site a build from nothing makes that day."""
    def timeliness(day):
        return {cid: d.timeliness for cid, d in read_data(data, Config(), day).deadlines.items()}
    days = [AS_OF + dt.timedelta(days=n) for n in range(0, 40)]
    badges = {day: timeliness(day) for day in days}
    quiet = next(b for a, b in zip(days, days[1:]) if badges[a] == badges[b])      # no badge changes
    changing = next(b for a, b in zip(days, days[1:]) if a > quiet and badges[a] != badges[b])
    out, cache = tmp_path / "site", tmp_path / "cache"
    rendered = _rendered(monkeypatch)
    for day in (quiet - dt.timedelta(days=1), quiet, changing - dt.timedelta(days=1), changing):
        rendered.clear()
        build_result(out, data=data, as_of=day, cache=cache)
        lists = {url for template, url, stub in rendered if template == "case_list.html" and not stub}
        if day == quiet:
            opened = {url for template, url, _ in rendered if template == "case.html"}
            assert opened == {f"cases/{cid}/" for cid, badge in badges[day].items()
                              if badge in ("open", "due_soon", "overdue")}, "an open case's page not made again"
            assert lists == set(), "lists of cases made again though no case's badge changed"
        if day == changing:
            turned = [cid for cid, badge in badges[day].items() if badges[day - dt.timedelta(days=1)][cid] != badge]
            showing = {rel[:-len("index.html")] for rel, text in _lists_of_cases(out).items()
                       if any(f"cases/{cid}/" in text for cid in turned)}
            made = {url for template, url, _ in rendered if template == "case_list.html"}
            assert turned and showing and showing <= made, "a list showing a changed badge was kept"
        # As published (the build's own record beside the pages may say a search bundle's files'
        # digests in another form: publish.py)
        fresh = _everything(build_fixture_site(tmp_path / f"fresh-{day}", data=data, as_of=day, cache=cache))
        built = _everything(out)
        assert sorted(built) == sorted(fresh)
        assert [name for name in built if built[name] != fresh[name] and name != MANIFEST] == []


def test_an_office_s_own_list_template_showing_how_long_a_case_is_open_is_made_again_each_day(data, tmp_path):
    """The lists are kept on a new date for what the packaged templates show of a case; an
    office's own templates may show more (here the days a case has been open, in the list), so
    with them a list is made of all a case's page is made of."""
    from generator.render import PACKAGED_TEMPLATES
    from sitebuild import new_project
    project = new_project(tmp_path / "project", data=data)
    macros = (PACKAGED_TEMPLATES / "_macros.html").read_text(encoding="utf-8")
    shown = "{{ case.case_id }}</a></td>"
    assert shown in macros
    (project / "templates").mkdir()
    (project / "templates" / "_macros.html").write_text(
        macros.replace(shown, shown[:-5] + " · 已{{ dl.calendar_days }}天</td>"), encoding="utf-8")
    days = (AS_OF, AS_OF + dt.timedelta(days=1))
    out, cache = tmp_path / "site", tmp_path / "cache"
    for day in days:
        build_site(project / "data", out, day, config_path=ROOT / "no-such-portal.yml", project_dir=project,
                   cache_dir=cache)
        fresh = tmp_path / f"fresh-{day}"
        build_site(project / "data", fresh, day, config_path=ROOT / "no-such-portal.yml", project_dir=project,
                   cache_dir=tmp_path / f"fresh-cache-{day}")
        assert _lists_of_cases(out) == _lists_of_cases(fresh)
    open_days = re.findall(r"QX-2026-OPEN01</a> · 已(\d+)天", (out / "units" / "mzj" / "cases" / "index.html")
                           .read_text(encoding="utf-8"))
    assert open_days == [str((days[1] - dt.date(2026, 11, 20)).days)]


def _lists_of_cases(site) -> dict[str, str]:
    """The lists of cases (by year, category, unit, all), by their files' paths."""
    pages = {p.relative_to(site).as_posix(): p for p in site.rglob("index.html")}
    texts = {rel: p.read_text(encoding="utf-8") for rel, p in pages.items()
             if re.search(r"^(cases/(page|year|category)/|cases/index|units/[^/]+/cases/)", rel)}
    return {rel: text for rel, text in texts.items() if "portal-cases" in text}


def _stats_tables(html: str) -> dict[str, list[list[str]]]:
    """Each section of the statistics page (by its anchor): the rows of its data table, as shown."""
    parts = re.split(r'<h2 id="(\w+)">', html)
    tables = {}
    for anchor, section in zip(parts[1::2], parts[2::2]):
        body = re.search(r"<tbody>(.*?)</tbody>", section, re.S)
        tables[anchor] = [[unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
                          for row in re.findall(r"<tr>(.*?)</tr>", body[1] if body else "", re.S)]
    return tables


def _counted(values) -> dict[str, str]:
    return {name: str(n) for name, n in Counter(v for v in values if v).items()}


@pytest.mark.parametrize("day", [AS_OF, LATER])
def test_statistics_count_the_cases_the_open_data_holds(sites, data, day):
    """The statistics page's scope and its tables, counted again from the downloads; every case
    in the data files is either in the downloads, waiting for its publish date or withdrawn."""
    site = sites[day]
    rows = [r for r in csv.DictReader(io.StringIO((site / "opendata" / "cases.csv").read_bytes().decode("utf-8-sig")))]
    valid = [r for r in rows if r["valid"] == "true"]
    closed = [r for r in valid if r["status"] == "已办结"]
    html = (site / "stats" / "index.html").read_text(encoding="utf-8")
    assert int(re.search(r"公开的有效投诉件 (\d+) 件", html)[1]) == len(valid) > 0
    tables = _stats_tables(html)
    months = sorted({r["received_date"][:7] for r in valid})
    assert tables["monthly"] == [[m, str(sum(r["received_date"].startswith(m) for r in valid)),
                                  str(sum(r["received_date"].startswith(m) for r in closed))] for m in months]
    for anchor, values in (("by_category", [r["category"] for r in valid]), ("by_channel", [r["channel"] for r in valid]),
                           ("by_finding", [r["finding"] for r in closed])):
        shown = tables[anchor]
        assert dict(shown) == _counted(values), anchor
        assert [int(n) for _, n in shown] == sorted((int(n) for _, n in shown), reverse=True), anchor  # most first
    refunds = {}
    for r in valid:
        if r["refund_amount"] and Decimal(r["refund_amount"]):
            refunds[r["unit"]] = refunds.get(r["unit"], Decimal(0)) + Decimal(r["refund_amount"])
    assert dict(tables["refunds"]) == {unit: f"{amount:,.2f}" for unit, amount in refunds.items()} != {}
    # what the statistics leave out: every case of the data files is accounted for
    cases = read_data(data, Config(), day).model.cases
    withdrawn = {c.case_id for c in cases if c.withdrawn}
    waiting = {c.case_id for c in cases if c.case_id not in withdrawn
               and ((c.publish_date and c.publish_date > day) or c.received_date > day)}
    assert {r["case_id"] for r in rows} == {c.case_id for c in cases} - withdrawn - waiting
    assert withdrawn and withdrawn == set(re.findall(r'<a href="[./]*cases/([^/"]+)/">',
                                                     (site / "withdrawn" / "index.html").read_text(encoding="utf-8")))
    assert (EMBARGOED_CASE in waiting) == (day < dt.date(2026, 12, 15))


@pytest.mark.parametrize("day", [AS_OF, LATER])
def test_statistics_say_how_many_cases_they_leave_out(sites, data, day):
    """"N 件尚未到公开日期、M 件已撤回，均不计入": the cases of the data files the figures do not count
    (not the notices waiting or past their public period, which it once counted with them)."""
    cases = read_data(data, Config(), day).model.cases
    withdrawn = [c for c in cases if c.withdrawn]
    waiting = [c for c in cases if not c.withdrawn and ((c.publish_date and c.publish_date > day) or c.received_date > day)]
    html = (sites[day] / "stats" / "index.html").read_text(encoding="utf-8")
    scope = re.search(r"(\d+) 件尚未到公开日期、(\d+) 件已撤回", html)
    assert (int(scope[1]), int(scope[2])) == (len(waiting), len(withdrawn))


def test_the_same_data_and_date_give_a_byte_identical_site(tmp_path):
    first = build_fixture_site(tmp_path / "a", cache=tmp_path / "cache")
    # the second build takes its search index and its compiled templates (ours, the theme's) from the cache
    assert list((tmp_path / "cache" / "templates").glob("*/theme/*.cache"))
    warm = build_fixture_site(tmp_path / "b", cache=tmp_path / "cache")
    a, b = _everything(first), _everything(warm)
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
    cold = _everything(build_fixture_site(tmp_path / "c", cache=tmp_path / "cold-cache"))
    # and a build from an empty cache gives the same bytes, Pagefind's indexes and the manifest too
    assert sorted(cold) == sorted(a)
    assert [name for name in a if a[name] != cold[name]] == []


def _with_new_case(data):
    """The fixture data plus QX-2026-NEW001, in ``data``."""
    shutil.copytree(FIXTURE_DATA, data)
    return _case_added(data)


def _case_added(data, received: str = "2026-11-02", closed: str = "2026-11-05", case_id: str = "QX-2026-NEW001"):
    """``data`` with one more case in cases/2026.csv."""
    path = data / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    row = dict.fromkeys(header, "")
    row.update({"投诉编号": case_id, "受理日期": received, "投诉渠道": "电话", "投诉类别": "办事效率",
                "被投诉单位": "县自然资源局", "投诉事项": "新增的一件", "办理状态": "已办结", "办结日期": closed,
                "核查结论": "属实", "处理结果": "已整改"})
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow([row[h] for h in header])
    path.write_text(text + buf.getvalue(), encoding="utf-8-sig")
    return data


def test_adding_one_case_changes_only_what_it_should(tmp_path):
    out = tmp_path / "site"
    first = build_result(out, cache=tmp_path / "cache")
    assert first.changes.removed == [] and first.changes.changed == []
    inputs_before = read_manifest(out).inputs
    assert inputs_before
    (out / ".portal-manifest.json").write_text("{}", encoding="utf-8")    # as sites built before 2026-11 have it
    (tmp_path / "cache" / "checked" / "cases.json").write_text("{}", encoding="utf-8")   # and their caches
    data = _with_new_case(tmp_path / "data")   # another folder: where a record was read from is not what its page shows
    again = build_result(out, data=data, cache=tmp_path / "cache")
    changes = again.changes
    assert changes.added == ["cases/QX-2026-NEW001/index.html"] or "cases/QX-2026-NEW001/index.html" in changes.added
    assert all(r.startswith("pagefind/2026-11-01/") for r in changes.removed)   # re-chunked: the new case's five days
    touched = set(changes.added) | set(changes.changed)
    # pages about other records are untouched
    assert not [t for t in touched if t.startswith("cases/QX-") and "NEW001" not in t]
    assert not [t for t in touched if t.startswith("notices/TB-")]
    assert not [t for t in touched if t.startswith("units/") and not t.startswith("units/zrzyj/") and t != "units/index.html"]
    rebuilt = {t.split("/")[1] for t in touched if t.startswith("pagefind/")}
    assert rebuilt == {"2026-11-01"}, f"indexes without changes were rebuilt: {rebuilt}"
    # and the things that must reflect the new case did change
    for expected in ("cases/index.html", "units/zrzyj/index.html", "opendata/cases.csv", "cases/feed.xml",
                     "units/zrzyj/feed.xml", "stats/index.html", "changes/index.html"):
        assert expected in touched, expected
    assert any(t.startswith("pagefind/2026-11-01/fragment/") for t in touched)
    # the other case pages were kept as published, not rendered again (same fingerprint of their inputs)
    inputs_after = read_manifest(out).inputs
    assert not (out / ".portal-manifest.json").exists()
    assert not (tmp_path / "cache" / "checked" / "cases.json").exists()
    assert (tmp_path / "cache" / "checked" / "cases.marshal").exists()
    old_cases = [p for p in inputs_before if p.startswith("cases/QX-")]
    assert old_cases and [p for p in old_cases if inputs_after.get(p) != inputs_before[p]] == []


def test_a_case_added_among_others_adds_one_search_fragment_and_keeps_the_rest(tmp_path):
    """Pagefind names a fragment by a digest of its content: the cases already in the quarter
    keep their fragments' files, as they were (a host need not upload them again); the new case
    adds one.  The first rebuild of an index reads what it keeps (the builds before had only its
    cache key); each site of the two a build alternates between has been written once by then."""
    out, data = tmp_path / "site", shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    build_result(out, data=data, cache=tmp_path / "cache")
    for n, day in enumerate(("2026-08-31", "2026-08-30", "2026-09-01"), 1):
        _case_added(data, received=day, closed="2026-09-04", case_id=f"QX-2026-NEW00{n}")     # amid 2026-q3's
        changes = build_result(out, data=data, cache=tmp_path / "cache").changes
    added = [r for r in changes.added if r.startswith("pagefind/") and "/fragment/" in r]
    removed = [r for r in changes.removed if r.startswith("pagefind/") and "/fragment/" in r]
    assert len(added) == 1 and removed == [], (added, removed)
    index = added[0].split("/")[1]
    assert not [r for r in changes.changed if r.startswith(f"pagefind/{index}/fragment/")]
    assert len(list((out / "pagefind" / index / "fragment").iterdir())) > 3     # the quarter's other cases


def _indexed_words(out, index: str) -> str:
    """The text of every result of one published index: its fragments, as Pagefind writes them
    (gzipped JSON after a signature), with the words it cut apart put together again."""
    import gzip
    import json
    texts = []
    for path in (out / "pagefind" / index / "fragment").iterdir():
        fragment = gzip.decompress(path.read_bytes()).decode("utf-8")
        texts.append(json.loads(fragment[fragment.index("{"):])["content"].replace("\u200b", ""))
    return "\n".join(texts)


def test_a_case_s_new_text_or_its_unit_s_new_name_indexes_again_exactly_the_indexes_it_is_in(tmp_path):
    """An index of cases is kept by a key of what its records are made of (each case's row and
    its unit's name), not of the records, which are made only for an index the cache lacks:
    a change the key missed would leave search finding yesterday's words."""
    out, data = tmp_path / "site", shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    build_result(out, data=data, cache=tmp_path / "cache")
    first = read_manifest(out).indexes
    path = data / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig")
    assert text.count("出租车经营权") == 1 and "2026-01-14" in text
    path.write_text(text.replace("出租车经营权", "网约车运输证"), encoding="utf-8-sig")     # a case of 2026-q1
    build_result(out, data=data, cache=tmp_path / "cache")
    edited = read_manifest(out).indexes
    assert [name for name in first if edited[name] != first[name]] == ["2026-q1"]
    assert "网约车运输证" in _indexed_words(out, "2026-q1") and "出租车经营权" not in _indexed_words(out, "2026-q1")

    units = data / "units.yaml"
    text = units.read_text(encoding="utf-8")
    assert text.count("单位名称: 县交通运输局\n") == 1
    units.write_text(text.replace("单位名称: 县交通运输局\n", "单位名称: 县交通运输管理局\n    曾用名: [县交通运输局]\n"),
                     encoding="utf-8")
    build_result(out, data=data, cache=tmp_path / "cache")
    renamed = read_manifest(out).indexes
    dataset = read_data(data, Config(), AS_OF)
    theirs = {index for index, cases in search.cases_by_index(disclose(dataset)).items()
              if any(case.unit_code == "jtysj" for case in cases)}
    assert theirs and {name for name in edited if renamed[name] != edited[name]} == theirs | {"main"}
    assert all("县交通运输管理局" in _indexed_words(out, index) for index in theirs)


def test_records_whose_addresses_differ_only_in_capitals_are_indexed_from_two_files_everywhere():
    """Where file names ignore capitals (macOS, Windows), one would overwrite the other."""
    paths = ["cases/QX-2026-AB1/", "cases/QX-2026-ab1/", "cases/qx-2026-ab1/", "units/Zrzyj/", "units/zrzyj/"]
    names = [search.corpus_name(p) for p in paths]
    assert len({n.lower() for n in names}) == len(paths)
    assert names == [search.corpus_name(p) for p in paths]      # the same address, the same file


def test_each_build_starts_from_the_site_the_last_swap_replaced_and_publishes_what_a_fresh_build_would(tmp_path):
    """The replaced site is kept as the next build's staging folder (two builds behind the
    live one): no copy of the whole site per build, and still the same site as from nothing."""
    out, cache = tmp_path / "site", tmp_path / "cache"
    spare = tmp_path / ".site.previous"
    added = _with_new_case(tmp_path / "added")
    page = "cases/QX-2026-NEW001/index.html"
    build_result(out, cache=cache)
    for n, data in enumerate([FIXTURE_DATA, added, FIXTURE_DATA, added]):
        live = _everything(out)
        staging_from = spare.stat().st_ino if spare.is_dir() else None
        changes = build_result(out, data=data, cache=cache, force=True).changes
        assert _everything(spare) == live, "the replaced site was modified while the new one was built"
        if staging_from is not None:
            assert out.stat().st_ino == staging_from, "the kept site was not the staging folder"
        fresh = _everything(build_fixture_site(tmp_path / f"fresh-{n}", data=data, cache=cache))
        built = _everything(out)
        assert sorted(built) == sorted(fresh)
        assert [name for name in built if built[name] != fresh[name]] == []
        # changes are told against the live site, not the older one the build started from
        if n == 0:
            assert changes.added == changes.changed == changes.removed == []
        elif data is added:
            assert page in changes.added and page not in changes.removed
        else:
            assert page in changes.removed and page not in changes.added
    assert not list(tmp_path.glob(".site.building-*"))


def test_a_page_only_the_live_site_has_is_linked_from_it_not_made_again(tmp_path):
    """The staging folder is the site before the live one: a page the last build made (a new
    case's; every page, after an upgrade) is in the live site only.  It is linked from there:
    the new site's page is the live site's very file, not one written or copied again."""
    out, cache = tmp_path / "site", tmp_path / "cache"
    added = _with_new_case(tmp_path / "added")
    page = "cases/QX-2026-NEW001/index.html"
    build_result(out, cache=cache)
    build_result(out, data=added, cache=cache)          # made here; the kept site has no such page
    assert not (tmp_path / ".site.previous" / page).exists()
    live = (out / page).stat()
    recorded = read_manifest(out)
    changes = build_result(out, data=added, cache=cache, force=True).changes
    now = (out / page).stat()
    assert (now.st_dev, now.st_ino, now.st_mtime_ns) == (live.st_dev, live.st_ino, live.st_mtime_ns)
    assert now.st_nlink >= 2 and (out / page).samefile(tmp_path / ".site.previous" / page)    # one file, linked
    # and recorded as what it is, so that the build after this one keeps it too
    manifest = read_manifest(out)
    assert (manifest.files[page], manifest.inputs[page]) == (recorded.files[page], recorded.inputs[page])
    assert changes.added == changes.changed == changes.removed == []


def test_the_kept_site_s_manifest_describes_the_kept_site(tmp_path):
    """The staging copy's manifest is a hard link to the live one: written over, it made the
    live site's manifest describe the new site before the swap, and the kept one after it."""
    out, cache = tmp_path / "site", tmp_path / "cache"
    build_result(out, cache=cache)
    first = read_manifest(out)
    build_result(out, data=_with_new_case(tmp_path / "added"), cache=cache)
    kept = read_manifest(tmp_path / ".site.previous")
    assert kept.files == first.files and kept.inputs == first.inputs
    assert "cases/QX-2026-NEW001/index.html" in read_manifest(out).files


def _portal_at_a_terminal(*args: str) -> tuple[int, str, str]:
    """`portal ...` as a clerk runs it at a terminal, which draws its progress bar: (exit code,
    what it printed, what the terminal showed)."""
    import os
    import subprocess
    import sys
    pty = pytest.importorskip("pty")
    from sitebuild import ROOT

    screen, terminal = pty.openpty()
    try:
        run = subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=terminal)
    finally:
        os.close(terminal)
    shown = []
    while True:
        try:
            chunk = os.read(screen, 65536)
        except OSError:          # EIO: the program and all it started have let the terminal go
            break
        if not chunk:
            break
        shown.append(chunk)
    printed = run.stdout.read().decode("utf-8")
    run.wait()
    os.close(screen)
    return run.returncode, printed, b"".join(shown).decode("utf-8", "replace")


def test_a_month_of_unchanged_case_pages_is_kept_whole(tmp_path):
    """A rebuild keeps the published page of every case that did not change: the same file, not
    made again, and still counted on the progress bar, which reaches its end."""
    from sitebuild import ROOT

    out, cache = tmp_path / "site", tmp_path / "cache"
    build_result(out, cache=cache)
    build_result(out, cache=cache)             # the kept site (the next staging folder) has the same pages
    published = {f"cases/{case}/index.html" for case in _case_ids_in_csv(out)}
    identity = lambda rel: ((st := (out / rel).stat()).st_dev, st.st_ino, st.st_mtime_ns)  # noqa: E731
    before = {rel: identity(rel) for rel in published}
    data = _with_new_case(tmp_path / "added")
    code, printed, terminal = _portal_at_a_terminal(
        "build", "--data", str(data), "--out", str(out), "--cache", str(cache), "--as-of", AS_OF.isoformat(),
        "--site", str(ROOT), "--config", str(ROOT / "no-such-portal.yml"))
    assert code == 0, printed + terminal
    total = int(re.search(r"页面 / (\d+) pages", terminal)[1])
    assert f"] {total}/{total}" in terminal, terminal          # a month kept whole counts as its pages
    added = int(re.search(r"新增 (\d+)，", printed)[1])
    new_page = "cases/QX-2026-NEW001/index.html"
    assert added >= 1 and new_page not in published and (out / new_page).is_file()
    # every other case's page is the published file itself: not written again
    assert [rel for rel in sorted(published) if identity(rel) != before[rel]] == []
    assert published | {new_page} <= set(read_manifest(out).files)


def test_a_kept_site_a_killed_build_was_writing_into_is_not_used(tmp_path):
    out, cache = tmp_path / "site", tmp_path / "cache"
    build_result(out, cache=cache)
    build_result(out, cache=cache, force=True)
    spare = tmp_path / ".site.previous"
    from generator.publish import Staging
    staging = Staging(out)          # what a build does once the data has passed ...
    folder = staging.ready()
    (folder / "index.html").write_text("half-written", encoding="utf-8")   # ... and then it is killed
    assert not spare.exists() and not (folder / MANIFEST).exists()
    folder.rename(spare)            # even put back where a kept site would be
    build_result(out, data=_with_new_case(tmp_path / "added"), cache=cache)
    assert "half-written" not in (out / "index.html").read_text(encoding="utf-8")
    built = _everything(out)
    fresh = _everything(build_fixture_site(tmp_path / "fresh", data=tmp_path / "added", cache=cache))
    assert sorted(built) == sorted(fresh)
    assert [name for name in built if built[name] != fresh[name]] == []


def test_a_search_corpus_left_in_memory_by_a_killed_build_is_removed_later(tmp_path):
    """/dev/shm is not freed by itself: the next build that indexes removes what a build killed
    outright left there, and leaves a corpus a build running now is writing."""
    import os
    import time
    from pathlib import Path
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        pytest.skip("no /dev/shm here")
    stale, fresh = shm / f"{search.CORPUS_PREFIX}test-stale", shm / f"{search.CORPUS_PREFIX}test-fresh"
    killed, running = shm / f"{search.CORPUS_PREFIX}test-killed", shm / f"{search.CORPUS_PREFIX}test-running"
    for folder in (stale, fresh, killed, running):
        folder.mkdir(exist_ok=True)
        (folder / "0.html").write_text("<p>x</p>")
    # fresh, but of a process that is gone (its lock held no more), and of one still indexing
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, sys, time; h = open(sys.argv[1], 'w'); "
                               "fcntl.flock(h, fcntl.LOCK_EX); print(flush=True); time.sleep(300)",
                               str(running / search.CORPUS_LOCK)], stdout=subprocess.PIPE)
    holder.stdout.readline()
    (killed / search.CORPUS_LOCK).touch()
    old = time.time() - search.STALE_CORPUS_S - 60
    os.utime(stale, (old, old))
    try:
        build_result(tmp_path / "site", cache=tmp_path / "cache")     # an empty cache: it indexes
        assert not stale.exists() and fresh.exists()     # a build running now keeps its corpus
        assert not killed.exists() and running.exists()
    finally:
        holder.kill()
        for folder in (stale, fresh, killed, running):
            shutil.rmtree(folder, ignore_errors=True)


def test_a_build_leaves_pythons_collector_as_it_found_it(tmp_path):
    """A build collects rarely and leaves its model out of collections (at 100,000 cases the
    collector took a fifth of reading them); `portal serve` and the tests build again and again
    in one process, which must collect as before afterwards."""
    import gc

    before = gc.get_threshold()
    build_result(tmp_path / "site")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def _with_case_withdrawn(data, case_id: str):
    """The fixture data with ``case_id`` withdrawn (撤回 是), in ``data``."""
    shutil.copytree(FIXTURE_DATA, data)
    path = data / "cases" / "2026.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    for row in rows[1:]:
        if row and row[0] == case_id:
            row[header.index("撤回")], row[header.index("撤回日期")] = "是", "2026-11-10"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8-sig")
    return data


def test_a_notice_s_page_is_made_again_only_when_what_it_shows_changes(tmp_path):
    """A day's new case leaves every notice's page the published file itself; withdrawing the case
    a notice names makes that notice's page again (its number no longer a link), the same as a
    build from nothing makes it, and leaves the other notices' pages be."""
    out, cache = tmp_path / "site", tmp_path / "cache"
    build_result(out, cache=cache)
    build_result(out, cache=cache, force=True)    # the kept site (the next staging folder) has the same pages
    pages = sorted(p.relative_to(out).as_posix() for p in (out / "notices").glob("*/index.html"))
    identity = lambda rel: ((st := (out / rel).stat()).st_dev, st.st_ino, st.st_mtime_ns)  # noqa: E731
    before = {rel: identity(rel) for rel in pages}
    assert len(pages) >= 5
    build_result(out, data=_with_new_case(tmp_path / "added"), cache=cache)
    assert [rel for rel in pages if identity(rel) != before[rel]] == []
    # what each published notice's page was made of is recorded: the next build keeps it without making it
    published = [rel for rel in pages if "该内容已撤回" not in (out / rel).read_text(encoding="utf-8")]
    assert len(published) >= 5 and set(published) <= set(read_manifest(out).inputs)

    link = 'href="../../cases/QX-2026-000021/"'
    naming = [rel for rel in pages if link in (out / rel).read_text(encoding="utf-8")]
    assert naming == ["notices/TB-2026-0005/index.html", "notices/TB-2026-0006/index.html"]
    withdrawn = _with_case_withdrawn(tmp_path / "withdrawn", "QX-2026-000021")
    build_result(out, data=withdrawn, cache=cache)
    assert [rel for rel in pages if identity(rel) != before[rel]] == naming
    fresh = build_fixture_site(tmp_path / "fresh" / "site", data=withdrawn)
    for rel in naming:
        html = (out / rel).read_text(encoding="utf-8")
        assert "QX-2026-000021" in html and link not in html
        assert (out / rel).read_bytes() == (fresh / rel).read_bytes()


def test_mkdocs_runs_again_only_when_what_its_output_is_made_of_changes(tmp_path, monkeypatch):
    """MkDocs' output is kept (shell.py): a day's build, whose navigation pages change only in
    their bodies (the day's figures), lays them into it without running MkDocs, and publishes
    what a build from nothing publishes.  A kept output that lacks its shell page, or a changed
    hand-written page, runs it again, and a site
    folder's own mkdocs.yml (whose plugins and hooks may read anything) runs it on every build."""
    from generator import shell
    from generator.build import build_site
    runs = []
    run = shell.MkDocsShell._run_mkdocs
    monkeypatch.setattr(shell.MkDocsShell, "_run_mkdocs", lambda self, *a: runs.append(1) or run(self, *a))
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")

    def built(out, data=FIXTURE_DATA, cache=tmp_path / "cache", force=False):
        runs.clear()
        result = build_site(data, out, AS_OF, config_path=ROOT / "no-such-portal.yml", project_dir=project,
                            cache_dir=cache, force=force)
        assert result.ok
        return result, len(runs)

    assert built(tmp_path / "site")[1] == 1
    data = _with_new_case(tmp_path / "data")
    again, ran = built(tmp_path / "site", data)
    assert ran == 0 and "stats/index.html" in again.changes.changed
    afresh, ran = built(tmp_path / "afresh", data, tmp_path / "afresh-cache")
    assert ran == 1
    a, b = _files(again.out_dir), _files(afresh.out_dir)
    # (The manifests may differ: a new search index's cache key stands in for its files' digests.)
    assert {rel for rel in {*a, *b} if a.get(rel) != b.get(rel)} <= {MANIFEST} and len(a) > 100
    shutil.rmtree(next((tmp_path / "cache" / "shell").iterdir()) / shell.SHELL_URL)    # a kept output damaged
    assert built(tmp_path / "site", data, force=True)[1] == 1
    about = project / "content" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8")
    edited, ran = built(tmp_path / "site", data)
    assert ran == 1 and "补充说明" in (edited.out_dir / "about" / "index.html").read_text(encoding="utf-8")
    assert shell.MkDocsShell(project, Config())._output_key([]) is not None
    (project / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    assert shell.MkDocsShell(project, Config())._output_key([]) is None


def _files(root):
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}
