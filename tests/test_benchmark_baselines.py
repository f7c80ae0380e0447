"""The benchmark's baselines build the pages the portal's timings are compared with: they must
hold what a case page holds (the benchmark itself is not run in the suite: docs/benchmarks.md)."""
import importlib.util

from conftest import ROOT
from sitebuild import FIXTURE_DATA

_spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run)


def test_the_baselines_case_pages_hold_each_case_s_fields(tmp_path):
    cases = run.read_cases(FIXTURE_DATA)
    assert len(cases) > 10
    for case in cases:
        markdown = run.case_markdown(case)
        for value in (case.unit_code, case.category, case.status, str(case.received_date)):
            assert f"| {value} |" in markdown, (case.case_id, value)
    assert run.floor_baseline(FIXTURE_DATA, tmp_path / "floor") >= 0
    for case in cases:
        page = (tmp_path / "floor" / "cases" / case.case_id / "index.html").read_text(encoding="utf-8")
        assert f"<p>{case.received_date} {case.unit_code} {case.category} {case.status}</p>" in page


def test_the_naive_baseline_lists_the_case_pages_in_its_navigation_only_when_asked(tmp_path):
    """run.py's naive baseline keeps the case pages out of MkDocs' navigation; naive_nav.py times
    MkDocs' default too, where every page lists every other."""
    cases = run.read_cases(FIXTURE_DATA)
    first, other = cases[0].case_id, cases[1].case_id
    for every_page_in_nav in (False, True):
        work = tmp_path / str(every_page_in_nav)
        seconds, _ = run.naive_baseline(cases, work, every_page_in_nav=every_page_in_nav)
        assert seconds > 0
        page = (work / "site" / "cases" / first / "index.html").read_text(encoding="utf-8")
        assert first in page
        assert (f"{other}/" in page) == every_page_in_nav, every_page_in_nav
