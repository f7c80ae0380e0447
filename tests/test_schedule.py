"""Disclosure in time: as-of dates, reproducible and incremental rebuilds."""
import csv
import datetime as dt
import io
import shutil

import pytest

from sitebuild import AS_OF, FIXTURE_DATA, build_fixture_site, build_result
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


def test_statistics_say_what_they_count(sites):
    html = (sites[AS_OF] / "stats" / "index.html").read_text(encoding="utf-8")
    assert "尚未到公开日期" in html and "已撤回" in html


def _pagefind_volatile(name: str) -> bool:
    """Pagefind's filter and metadata indexes differ between cold runs (Pagefind#638); fragments do not."""
    import re
    return name == MANIFEST or bool(re.match(
        r"pagefind/[^/]+/(filter/[^/]+\.pf_filter|pagefind\.[^/]+\.pf_meta|pagefind-entry\.json)$", name))


def _stable(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if not _pagefind_volatile(name)}


def test_the_same_data_and_date_give_a_byte_identical_site(tmp_path):
    first = build_fixture_site(tmp_path / "a", cache=tmp_path / "cache")
    # the second build takes its search index and its compiled templates (ours, the theme's) from the cache
    assert list((tmp_path / "cache" / "templates").glob("*/theme/*.cache"))
    warm = build_fixture_site(tmp_path / "b", cache=tmp_path / "cache")
    a, b = _everything(first), _everything(warm)
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
    cold = _everything(build_fixture_site(tmp_path / "c", cache=tmp_path / "cold-cache"))
    different = sorted(set(a) ^ set(cold) | {n for n in set(a) & set(cold) if a[n] != cold[n]})
    assert different and all(_pagefind_volatile(n) for n in different), [n for n in different
                                                                         if not _pagefind_volatile(n)]


def _with_new_case(data):
    """The fixture data plus QX-2026-NEW001, in ``data``."""
    shutil.copytree(FIXTURE_DATA, data)
    path = data / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    row = dict.fromkeys(header, "")
    row.update({"投诉编号": "QX-2026-NEW001", "受理日期": "2026-11-02", "投诉渠道": "电话", "投诉类别": "办事效率",
                "被投诉单位": "县自然资源局", "投诉事项": "新增的一件", "办理状态": "已办结", "办结日期": "2026-11-05",
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
    assert all(r.startswith("pagefind/2026-11/") for r in changes.removed)   # re-chunked: the new case's month
    touched = set(changes.added) | set(changes.changed)
    # pages about other records are untouched
    assert not [t for t in touched if t.startswith("cases/QX-") and "NEW001" not in t]
    assert not [t for t in touched if t.startswith("notices/TB-")]
    assert not [t for t in touched if t.startswith("units/") and not t.startswith("units/zrzyj/") and t != "units/index.html"]
    rebuilt = {t.split("/")[1] for t in touched if t.startswith("pagefind/")}
    assert rebuilt == {"2026-11"}, f"indexes without changes were rebuilt: {rebuilt}"
    # and the things that must reflect the new case did change
    for expected in ("cases/index.html", "units/zrzyj/index.html", "opendata/cases.csv", "cases/feed.xml",
                     "units/zrzyj/feed.xml", "stats/index.html", "changes/index.html"):
        assert expected in touched, expected
    assert any(t.startswith("pagefind/2026-11/fragment/") for t in touched)
    # the other case pages were kept as published, not rendered again (same fingerprint of their inputs)
    inputs_after = read_manifest(out).inputs
    assert not (out / ".portal-manifest.json").exists()
    assert not (tmp_path / "cache" / "checked" / "cases.json").exists()
    assert (tmp_path / "cache" / "checked" / "cases.marshal").exists()
    old_cases = [p for p in inputs_before if p.startswith("cases/QX-")]
    assert old_cases and [p for p in old_cases if inputs_after.get(p) != inputs_before[p]] == []


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
        changes = build_result(out, data=data, cache=cache).changes
        assert _everything(spare) == live, "the replaced site was modified while the new one was built"
        if staging_from is not None:
            assert out.stat().st_ino == staging_from, "the kept site was not the staging folder"
        fresh = _everything(build_fixture_site(tmp_path / f"fresh-{n}", data=data, cache=cache))
        built = _everything(out)
        # a search index rebuilt for records seen before is not byte-identical (Pagefind#638)
        assert _stable(built) == _stable(fresh)
        # changes are told against the live site, not the older one the build started from
        if n == 0:
            assert changes.added == changes.changed == changes.removed == []
        elif data is added:
            assert page in changes.added and page not in changes.removed
        else:
            assert page in changes.removed and page not in changes.added
    assert not list(tmp_path.glob(".site.building-*"))


def test_a_page_only_the_live_site_has_is_linked_from_it_not_made_again(tmp_path, monkeypatch):
    """The staging folder is the site before the live one: a page the last build made (a new
    case's; every page, after an upgrade) is in the live site only.  It is linked from there."""
    from generator.render import Renderer

    out, cache = tmp_path / "site", tmp_path / "cache"
    added = _with_new_case(tmp_path / "added")
    page = "cases/QX-2026-NEW001/index.html"
    build_result(out, cache=cache)
    build_result(out, data=added, cache=cache)          # made here; the kept site has no such page
    assert not (tmp_path / ".site.previous" / page).exists()
    made = []
    make = Renderer.page
    monkeypatch.setattr(Renderer, "page", lambda self, template, url, *args, **kwargs: (
        made.append(url), make(self, template, url, *args, **kwargs))[1])
    live = (out / page).read_bytes()
    changes = build_result(out, data=added, cache=cache).changes
    assert made, "no page was made at all: the counting is broken"
    assert "cases/QX-2026-NEW001/" not in made
    assert (out / page).read_bytes() == live
    assert (out / page).samefile(tmp_path / ".site.previous" / page)     # one file, linked
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


def test_a_month_of_unchanged_case_pages_is_kept_whole(tmp_path, monkeypatch):
    """A rebuild does not look at each page of a month whose cases did not change."""
    from generator.publish import Writer

    out, cache = tmp_path / "site", tmp_path / "cache"
    build_result(out, cache=cache)
    build_result(out, cache=cache)             # the kept site (the next staging folder) has the same pages
    looked_at = []
    can_keep = Writer.can_keep
    monkeypatch.setattr(Writer, "can_keep", lambda self, rel, inputs: (looked_at.append(rel),
                                                                       can_keep(self, rel, inputs))[1])
    from generator.site import Progress
    ticks = []
    monkeypatch.setattr(Progress, "tick", lambda self, n, total: ticks.append((n, total)))
    published = disclose(read_data(_with_new_case(tmp_path / "added"), Config(), AS_OF)).cases
    changes = build_result(out, data=tmp_path / "added", cache=cache).changes
    assert ticks[-1][0] == ticks[-1][1]         # a month kept whole counts as its pages
    assert "cases/QX-2026-NEW001/index.html" in changes.added
    case_pages = {f"cases/{k.case_id}/index.html": k.received_date for k in published}
    looked = {rel for rel in looked_at if rel in case_pages}
    assert looked, "no case page was looked at: the counting is broken"
    assert {case_pages[rel].strftime("%Y-%m") for rel in looked} == {"2026-11"}
    assert set(case_pages) <= set(read_manifest(out).files)


def test_a_kept_site_a_killed_build_was_writing_into_is_not_used(tmp_path):
    out, cache = tmp_path / "site", tmp_path / "cache"
    build_result(out, cache=cache)
    build_result(out, cache=cache)
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
    assert _stable(built) == _stable(fresh)


def test_a_search_corpus_left_in_memory_by_a_killed_build_is_removed_later():
    import os
    import time
    from pathlib import Path
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        pytest.skip("no /dev/shm here")
    stale, fresh = shm / f"{search.CORPUS_PREFIX}test-stale", shm / f"{search.CORPUS_PREFIX}test-fresh"
    for folder in (stale, fresh):
        folder.mkdir(exist_ok=True)
        (folder / "0.html").write_text("<p>x</p>")
    old = time.time() - search.STALE_CORPUS_S - 60
    os.utime(stale, (old, old))
    try:
        search._clear_stale_corpora()
        assert not stale.exists() and fresh.exists()     # a build running now keeps its corpus
    finally:
        shutil.rmtree(stale, ignore_errors=True)
        shutil.rmtree(fresh, ignore_errors=True)


def test_a_build_leaves_pythons_collector_as_it_found_it(tmp_path):
    """A build collects rarely and leaves its model out of collections (at 100,000 cases the
    collector took a fifth of reading them); `portal serve` and the tests build again and again
    in one process, which must collect as before afterwards."""
    import gc

    before = gc.get_threshold()
    build_result(tmp_path / "site")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
