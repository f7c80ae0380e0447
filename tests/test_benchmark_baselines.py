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
