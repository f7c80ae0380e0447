"""The large-site path (forked page workers, personal-data check with its name analysis and remembering,
feeds, search indexers) publishes what the one-process path publishes.

A site is built through the forked path only from 2,000 records on (``parallel_pays``); here
the fixture site is forced through it and compared, file by file and byte by byte, with the
same site built in one process.  Both build from cold caches, so this holds only because the
search indexes are written canonically (generator/search.py, tests/test_cold_build.py): with
nothing exempt, not Pagefind's filter and metadata files (Pagefind#638), nor the manifest."""
import importlib
import os
import pkgutil
import shutil
import sys
from pathlib import Path

import pytest

import generator
from generator import parallel
from generator.config import Config
from generator.pipeline import read_data
from generator.publish import MANIFEST
from generator.site import build_site
from sitebuild import AS_OF, FIXTURE_DATA, ROOT, build_result

FORKED_WORKERS = 2

# Jobs the forced build must really run in a forked process (names given to Forked).  The
# personal-data check's own halves and its name analysis run in its process (read_data forks them).
MUST_FORK = {"page worker 0", "page worker 1", "personal-data check", "feeds and open data", "search indexer",
             "search indexer (main)"}


def _generator_modules():
    """Every module of the package, imported now: a module imported lazily during the build
    would otherwise keep its own name for the real ``parallel_pays``."""
    for info in pkgutil.iter_modules(generator.__path__):
        if info.name != "__main__":
            try:
                importlib.import_module(f"generator.{info.name}")
            except ImportError:
                pass
    return [m for name, m in list(sys.modules.items())
            if m is not None and (name == "generator" or name.startswith("generator."))]


class Forks:
    """os.fork calls seen in this process (the parent's side), and each Forked job: (name, forked)."""

    def __init__(self):
        self.count = 0
        self.jobs: list[tuple[str, bool]] = []

    def clear(self):
        self.count, self.jobs = 0, []

    def forked(self) -> set[str]:
        return {name for name, forked in self.jobs if forked}


@pytest.fixture
def paths(monkeypatch):
    """``force(True)``: every ``parallel_pays`` says yes and WORKERS is 2; ``force(False)``: no."""
    real = parallel.parallel_pays
    holders = [m for m in _generator_modules() if vars(m).get("parallel_pays") is real]
    readers = [m for m in _generator_modules() if isinstance(vars(m).get("WORKERS"), int)]
    assert parallel in holders and len(holders) > 1, "no module imports parallel_pays any more: update this test"
    assert parallel in readers

    forks = Forks()
    real_fork = os.fork

    def counting_fork():
        pid = real_fork()
        if pid:                 # in the parent
            forks.count += 1
        return pid
    monkeypatch.setattr(os, "fork", counting_fork)

    real_init = parallel.Forked.__init__

    def recording_init(self, job, name, *args, **kwargs):
        before = forks.count
        real_init(self, job, name, *args, **kwargs)
        forks.jobs.append((name, forks.count > before))
    monkeypatch.setattr(parallel.Forked, "__init__", recording_init)

    workers = {module: module.WORKERS for module in readers}

    def force(pays: bool):
        for module in holders:
            monkeypatch.setattr(module, "parallel_pays", lambda *a, **k: pays)
        for module in readers:
            monkeypatch.setattr(module, "WORKERS", FORKED_WORKERS if pays else workers[module])
        forks.clear()
        return forks
    return force


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path: its bytes."""
    return {path.relative_to(root).as_posix(): path.read_bytes()
            for path in sorted(root.rglob("*")) if path.is_file()}


def _differences(a: dict, b: dict) -> list[str]:
    return sorted(set(a) ^ set(b) | {rel for rel in set(a) & set(b) if a[rel] != b[rel]})


def _told(changes) -> tuple:
    """The changes a build tells."""
    return tuple(sorted(names) for names in (changes.added, changes.changed, changes.removed))


def _problems(report) -> list[tuple[str, str]]:
    return [(p.severity, p.format("zh")) for p in report.problems]


def test_the_forked_path_publishes_what_the_serial_path_publishes(tmp_path, paths, monkeypatch):
    # Forked first: a build warms nothing the second could then skip (the name analysis, say).
    # Nor may the tests run before: the dictionary of names, read once per process, is kept in
    # the cache of the build that read it (names.keep_dictionary_in).
    from generator import names
    monkeypatch.delitem(names._loaded, "words", raising=False)
    forks = paths(True)
    forked = build_result(tmp_path / "forked" / "site", cache=tmp_path / "forked" / "cache")
    assert MUST_FORK <= forks.forked(), f"ran in this process: {sorted(MUST_FORK - forks.forked())}"
    assert forks.count >= len(MUST_FORK)

    forks = paths(False)
    monkeypatch.delitem(names._loaded, "words", raising=False)
    serial = build_result(tmp_path / "serial" / "site", cache=tmp_path / "serial" / "cache")
    assert forks.count == 0 and not forks.forked(), forks.jobs

    a, b = _tree(forked.out_dir), _tree(serial.out_dir)
    assert len([r for r in a if r.startswith("cases/") and r.endswith("/index.html")]) > 10
    assert MANIFEST in a and any(r.endswith(".pf_filter") for r in a)
    assert _differences(a, b) == []
    # the checked rows remembered (by the forked personal-data check), the search indexes and compiled templates kept
    assert (tmp_path / "forked" / "cache" / "checked").is_dir()
    # (but for the record of the last build, which names the folder it published)
    assert _differences(_tree(tmp_path / "forked" / "cache"), _tree(tmp_path / "serial" / "cache")) == [
        "last-build.marshal"]
    assert forked.pages == serial.pages
    assert _problems(forked.data.report) == _problems(serial.data.report)
    assert _told(forked.changes) == _told(serial.changes)


# Personal data at both ends of the archive (the check splits its records in two halves: cases,
# then commitments, then notices), so each half finds some.
def _leaky_data(folder: Path) -> Path:
    shutil.copytree(FIXTURE_DATA, folder)

    def plant(path: Path, encoding: str, edit) -> None:
        text = path.read_bytes().decode(encoding)
        changed = edit(text)
        assert changed != text, path
        path.write_bytes(changed.encode(encoding))
    plant(folder / "cases" / "2025.csv", "gb18030", lambda t: t.replace("反映", "电话13812345678反映", 1))
    plant(folder / "cases" / "2026.csv", "utf-8-sig",
          lambda t: "邮箱zhang.san@example.com反映".join(t.rsplit("反映", 1)))
    last_notice = sorted((folder / "notices").glob("*.md"))[-1]
    plant(last_notice, "utf-8", lambda t: t + "\n如有异议，请联系投诉人张伟，电话13912345678。\n")
    return folder


def test_the_forked_personal_data_check_reports_what_the_serial_one_does(tmp_path, paths):
    data = _leaky_data(tmp_path / "data")
    forks = paths(True)
    forked = read_data(data, Config(), AS_OF).report
    assert {"personal-data check", "name analysis"} <= forks.forked(), forks.jobs
    paths(False)
    serial = read_data(data, Config(), AS_OF).report
    assert len(serial.errors) >= 3, _problems(serial)
    assert _problems(forked) == _problems(serial)


def test_a_day_s_new_case_in_a_published_month_is_gone_through_before_any_page_worker(
        tmp_path, paths, monkeypatch):
    """A month of case pages changed by a case, and published before, is gone through where the
    pages are planned: its other pages are kept there, and only the new page is left for the
    page workers (which a daily rebuild then does not fork for one page).  The site is what a
    build from nothing makes, file for file."""
    from generator import build
    from generator.pages import MonthOfCases
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    path = data / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig")
    row = next(line for line in text.splitlines() if line.startswith("QX-2026-000001,"))
    build_result(tmp_path / "site", data, cache=tmp_path / "cache")
    path.write_text(text + row.replace("QX-2026-000001", "QX-2026-000901") + "\r\n", encoding="utf-8-sig")
    given = []
    write_pages = build.write_pages
    monkeypatch.setattr(build, "write_pages", lambda plan, *a, **k: given.extend(plan) or write_pages(plan, *a, **k))
    again = build_result(tmp_path / "site", data, cache=tmp_path / "cache")
    assert [item.key for item in given if isinstance(item, MonthOfCases)] == []
    assert [spec.url for spec in given if spec.template == "case.html"] == ["cases/QX-2026-000901/"]
    assert "cases/QX-2026-000901/index.html" in again.changes.added
    afresh = build_result(tmp_path / "afresh" / "site", data, cache=tmp_path / "afresh" / "cache")
    # (The manifests differ: a new search index's cache key stands in for its files' digests.)
    assert _differences(_tree(again.out_dir), _tree(afresh.out_dir)) == [MANIFEST]


def test_a_build_whose_personal_data_check_finds_a_leak_publishes_nothing(tmp_path, paths):
    """The personal-data check runs in a process of its own beside the rest of the build, which
    meanwhile writes only into the staging folder: when it finds personal data, the site stays
    as it was, file for file, the staging folder is gone, and what it found is reported as a
    check in one process reports it."""
    paths(True)
    site, cache = tmp_path / "site", tmp_path / "cache"
    assert build_result(site, cache=cache).ok
    before = _tree(site)
    data = _leaky_data(tmp_path / "data")
    forks = paths(True)
    leaky = build_site(data, site, AS_OF, config_path=ROOT / "no-such-portal.yml", project_dir=ROOT, cache_dir=cache)
    assert not leaky.ok
    assert {"personal-data check", "page worker 0", "feeds and open data"} <= forks.forked(), forks.jobs
    assert _tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-build.lock", "cache", "data", "site"]
    paths(False)
    serial = read_data(data, Config(), AS_OF).report
    assert len(serial.errors) >= 3
    assert _problems(leaky.data.report) == _problems(serial)
    # mended, it is published, and what the check found in the unchanged files was remembered
    shutil.rmtree(data)
    shutil.copytree(FIXTURE_DATA, data)
    assert build_result(site, data, cache=cache).ok
