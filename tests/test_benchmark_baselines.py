"""The benchmark's baselines build the pages the portal's timings are compared with: they must
hold what a case page holds (the benchmark itself is not run in the suite: docs/benchmarks.md)."""
import importlib.util
import sys

from conftest import ROOT
from sitebuild import FIXTURE_DATA

_spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
run = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = run       # its dataclasses look their module up there
_spec.loader.exec_module(run)


def test_the_baselines_case_pages_hold_each_case_s_published_fields_and_nothing_internal(tmp_path):
    from generator.config import Config
    from generator.pipeline import read_data

    model = read_data(FIXTURE_DATA, Config(), run.dt.date.fromisoformat(run.AS_OF)).model
    pages = {page.case_id: page.markdown for page in run.read_cases(FIXTURE_DATA)}
    assert len(pages) == len(model.cases) > 10
    names = {u.code: u.name for u in model.units}
    internal = 0
    for case in model.cases:
        markdown = pages[case.case_id]
        for label, value in (("受理日期", case.received_date), ("被投诉单位", names[case.unit_code]),
                             ("投诉类别", case.category), ("办理状态", case.status),
                             ("是否有效件", "是" if case.valid else "否")):
            assert f"| {label} | {value} |" in markdown, (case.case_id, label)
        if case.closed_date:
            assert f"| 办结日期 | {case.closed_date} |" in markdown
        assert f"## 投诉事项\n\n{case.summary}\n" in markdown
        assert "撤回" not in markdown
        for value in case.internal.values():
            if len(value) > 1:
                internal += 1
                assert value not in markdown, (case.case_id, value)
    assert internal, "the fixture's cases carry no complainant columns: nothing was checked"
    assert run.floor_baseline(FIXTURE_DATA, tmp_path / "floor") >= 0
    for case in model.cases:
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
